import type {
  CommentThread,
  CommentThreadResponse,
  CommentThreadsResponse,
  CommentView,
  CreateThreadBody,
} from '@roundtable/shared';
import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../api/queryKeys.ts';
import { roundtableApi } from '../../api/roundtableApi.ts';

type ThreadChange = (thread: CommentThread) => CommentThread;

/**
 * Puts the server's answer into the cached threads at once, so the change and focus on
 * it do not wait for the list to be fetched again; the list is then fetched anyway.
 */
function updateCache(
  queryClient: QueryClient,
  key: readonly unknown[],
  change: (data: CommentThreadsResponse) => CommentThreadsResponse,
) {
  queryClient.setQueryData<CommentThreadsResponse>(key, (data) => (data ? change(data) : data));
  void queryClient.invalidateQueries({ queryKey: key });
}

const withThread =
  ({ thread, people }: CommentThreadResponse) =>
  (data: CommentThreadsResponse) => ({
    threads: data.threads.some((existing) => existing.id === thread.id)
      ? data.threads.map((existing) => (existing.id === thread.id ? thread : existing))
      : [...data.threads, thread],
    people: [...data.people, ...people.filter((person) => !data.people.some((known) => known.id === person.id))],
  });

const changeThread = (threadId: string, change: ThreadChange) => (data: CommentThreadsResponse) => ({
  ...data,
  threads: data.threads.map((thread) => (thread.id === threadId ? change(thread) : thread)),
});

const withComment = (comment: CommentView) =>
  changeThread(comment.threadId, (thread) => ({
    ...thread,
    comments: thread.comments.some((existing) => existing.id === comment.id)
      ? thread.comments.map((existing) => (existing.id === comment.id ? comment : existing))
      : [...thread.comments, comment],
  }));

/** Starting, replying to, editing, deleting, resolving and reopening comment threads. */
export function useCommentMutations(projectId: string, documentId: string) {
  const queryClient = useQueryClient();
  const key = queryKeys.comments(projectId, documentId);
  // Mentions and replies may land in someone's inbox, including this person's own.
  const refreshInbox = () => void queryClient.invalidateQueries({ queryKey: queryKeys.inbox });

  const createThread = useMutation({
    mutationFn: (body: CreateThreadBody) => roundtableApi.createThread(projectId, documentId, body),
    onSuccess: (response) => updateCache(queryClient, key, withThread(response)),
  });
  const reply = useMutation({
    mutationFn: ({ threadId, body }: { threadId: string; body: string }) =>
      roundtableApi.reply(projectId, documentId, threadId, { body }),
    onSuccess: ({ comment }) => {
      updateCache(queryClient, key, withComment(comment));
      refreshInbox();
    },
  });
  const edit = useMutation({
    mutationFn: ({ commentId, body }: { commentId: string; body: string }) =>
      roundtableApi.editComment(projectId, documentId, commentId, { body }),
    onSuccess: ({ comment }) => updateCache(queryClient, key, withComment(comment)),
  });
  const remove = useMutation({
    mutationFn: (comment: CommentView) => roundtableApi.deleteComment(projectId, documentId, comment.id),
    onSuccess: (_nothing, comment) =>
      updateCache(
        queryClient,
        key,
        withComment({ ...comment, body: '', mentionedIds: [], deletedAt: new Date().toISOString() }),
      ),
  });
  const resolve = useMutation({
    mutationFn: (threadId: string) => roundtableApi.resolveThread(projectId, documentId, threadId),
    onSuccess: (response) => updateCache(queryClient, key, withThread(response)),
  });
  const reopen = useMutation({
    mutationFn: (threadId: string) => roundtableApi.reopenThread(projectId, documentId, threadId),
    onSuccess: (response) => updateCache(queryClient, key, withThread(response)),
  });

  return { createThread, reply, edit, remove, resolve, reopen };
}
