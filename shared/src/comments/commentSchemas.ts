import { z } from 'zod';
import { Limits } from '../limits.ts';

/** Request bodies of the comments and inbox APIs. */

/** Plain text of every kind, line breaks kept; the limit is in characters. */
export const commentBodySchema = z
  .string('Write your comment as text.')
  .trim()
  .min(1, 'Write a comment before sending it.')
  .max(Limits.commentBodyMax, `Comments can be at most ${Limits.commentBodyMax.toLocaleString('en-GB')} characters.`);

export const createThreadBody = z
  .object({
    /** Made by the browser so it can put the comment mark on the words before the server answers. */
    id: z.uuid('A new thread needs a fresh id.'),
    anchor: z.enum(['text', 'document'], 'Say whether the comment is on some words or on the whole document.'),
    quote: z
      .string()
      .max(
        Limits.commentQuoteMax,
        `Select at most ${Limits.commentQuoteMax.toLocaleString('en-GB')} characters to comment on.`,
      )
      .nullable()
      .default(null),
    section: z
      .string()
      .max(Limits.documentTitleMax * 4)
      .default(''),
    body: commentBodySchema,
  })
  .refine((body) => body.anchor === 'document' || (body.quote ?? '').trim().length > 0, {
    message: 'Select some words to comment on, or comment on the whole document.',
    path: ['quote'],
  });
export type CreateThreadBody = z.infer<typeof createThreadBody>;

export const replyBody = z.object({ body: commentBodySchema });
export type ReplyBody = z.infer<typeof replyBody>;

export const editCommentBody = z.object({ body: commentBodySchema });
export type EditCommentBody = z.infer<typeof editCommentBody>;

export const markInboxReadBody = z
  .object({ ids: z.array(z.string().max(100)).max(500).optional(), all: z.literal(true).optional() })
  .refine((body) => body.ids !== undefined || body.all === true, 'Say which items to mark as read.');
export type MarkInboxReadBody = z.infer<typeof markInboxReadBody>;

/** The live message the server sends to everyone with the document open when its comments change. */
export const commentsChangedEvent = z.object({
  event: z.literal('comments-changed'),
  kind: z.enum(['commented', 'replied', 'edited', 'deleted', 'resolved', 'reopened']),
  threadId: z.string(),
  commentId: z.string().nullable(),
  by: z.object({ id: z.string(), displayName: z.string() }),
  section: z.string(),
});
export type CommentsChangedEvent = z.infer<typeof commentsChangedEvent>;
