import { z } from 'zod';
import { creditAsChoices } from '../export/creditAs.ts';
import { Limits } from '../limits.ts';
import { displayNameSchema } from '../people/displayName.ts';
import { perspectives } from '../people/perspectives.ts';
import { roles } from '../people/roles.ts';
import { templateIds } from '../templates/templateIds.ts';

/** Request bodies of the JSON API: the server validates with these, the client types with them. */

const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(Limits.emailMax, 'That email address is too long.')
  .pipe(z.email('Enter an email address, like name@example.org.'));
const password = z
  .string()
  .min(Limits.passwordMin, `Passwords need at least ${Limits.passwordMin} characters.`)
  .max(Limits.passwordMax, `Passwords can be at most ${Limits.passwordMax} characters.`);

export const perspectiveSchema = z.enum(perspectives, 'Choose how you describe your perspective.');
export const roleSchema = z.enum(roles, 'Choose a role: member, facilitator or lead.');
export const creditAsSchema = z.enum(
  creditAsChoices,
  'Choose how exports credit you: by your name, or as “a member of the group”.',
);
export const templateIdSchema = z.enum(templateIds, 'Choose a template.');

export const signUpBody = z.object({
  displayName: displayNameSchema,
  email,
  password,
  /** Required unless this is the first account on an empty instance. */
  inviteToken: z.string().min(1).max(200).optional(),
});
export type SignUpBody = z.infer<typeof signUpBody>;

export const signInBody = z.object({
  email,
  password: z.string().min(1, 'Enter your password.').max(Limits.passwordMax),
});
export type SignInBody = z.infer<typeof signInBody>;

export const createProjectBody = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Give the project a name.')
    .max(Limits.projectNameMax, `Project names can be at most ${Limits.projectNameMax} characters.`),
  purpose: z
    .string()
    .trim()
    .max(Limits.projectPurposeMax, `The purpose can be at most ${Limits.projectPurposeMax} characters.`)
    .default(''),
  /** The creator's perspective in this project; the page always asks, and it is unsaid until given. */
  perspective: perspectiveSchema.optional(),
});
export type CreateProjectBody = z.infer<typeof createProjectBody>;

const documentTitle = z
  .string()
  .trim()
  .min(1, 'Give the document a title.')
  .max(Limits.documentTitleMax, `Titles can be at most ${Limits.documentTitleMax} characters.`);

export const createDocumentBody = z.object({ title: documentTitle, template: templateIdSchema });
export type CreateDocumentBody = z.infer<typeof createDocumentBody>;

export const updateDocumentBody = z
  .object({ title: documentTitle.optional(), archived: z.boolean().optional() })
  .refine((body) => body.title !== undefined || body.archived !== undefined, 'Nothing to change.');
export type UpdateDocumentBody = z.infer<typeof updateDocumentBody>;

/** A person changes their own perspective, how exports credit them, whether they get emails, or several. */
export const updateMyMembershipBody = z
  .object({
    perspective: perspectiveSchema.optional(),
    creditAs: creditAsSchema.optional(),
    emailNotifications: z.boolean('Say yes or no to emails.').optional(),
  })
  .refine(
    (body) => body.perspective !== undefined || body.creditAs !== undefined || body.emailNotifications !== undefined,
    'Choose your perspective, how exports credit you, or whether you get emails.',
  );
export type UpdateMyMembershipBody = z.infer<typeof updateMyMembershipBody>;

export const createInviteBody = z.object({ role: roleSchema.default('member') });
export type CreateInviteBody = z.infer<typeof createInviteBody>;

export const acceptInviteBody = z.object({ perspective: perspectiveSchema });
export type AcceptInviteBody = z.infer<typeof acceptInviteBody>;

export const updateMemberBody = z.object({ role: roleSchema });
export type UpdateMemberBody = z.infer<typeof updateMemberBody>;
