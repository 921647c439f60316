import type {
  CommentThread,
  CommentThreadsResponse,
  CommentView,
  Member,
  Membership,
  ProjectDetailResponse,
} from '@roundtable/shared';

/** Threads and people shared by the comments tests. */
export const people = [
  { id: 'me', displayName: 'Priya Shah' },
  { id: 'ada', displayName: 'Ada Lovelace' },
  { id: 'sam', displayName: 'Sam Okafor' },
];

export const at = (minute: number) => new Date(Date.UTC(2026, 10, 29, 10, minute)).toISOString();

export function comment(
  id: string,
  threadId: string,
  authorId: string,
  body: string,
  extra: Partial<CommentView> = {},
): CommentView {
  return {
    id,
    threadId,
    authorId,
    body,
    createdAt: at(Number(id.replace(/\D/g, '')) || 0),
    editedAt: null,
    deletedAt: null,
    mentionedIds: [],
    ...extra,
  };
}

export function thread(id: string, extra: Partial<CommentThread> & Pick<CommentThread, 'comments'>): CommentThread {
  return {
    id,
    documentId: 'd1',
    anchor: 'text',
    quote: null,
    section: 'Housing',
    createdById: extra.comments[0]?.authorId ?? 'me',
    createdAt: extra.comments[0]?.createdAt ?? at(0),
    resolvedAt: null,
    resolvedById: null,
    ...extra,
  };
}

/** The text the threads are anchored in; "respite care" (t-gone) is no longer there. */
export const documentHtml =
  '<h2>Housing</h2><p><mark data-thread-id="t-b">Older people</mark> want good housing <mark data-thread-id="t-res">near</mark> <mark data-thread-id="t-a">family</mark>.</p>';

export const threadsResponse: CommentThreadsResponse = {
  people,
  threads: [
    thread('t-a', {
      quote: 'family',
      comments: [
        comment('c5', 't-a', 'ada', '<script>alert(1)</script> try javascript:alert(2) or https://example.org/plan.'),
      ],
    }),
    thread('t-gone', {
      quote: 'respite care',
      section: 'Care',
      comments: [comment('c1', 't-gone', 'sam', 'Is this still planned?')],
    }),
    thread('t-b', {
      quote: 'Older people',
      comments: [
        comment('c2', 't-b', 'me', 'Should we say “residents”? @Ada Lovelace', { mentionedIds: ['ada'] }),
        comment('c3', 't-b', 'ada', 'Good question @Priya Shah', { mentionedIds: ['me'], editedAt: at(4) }),
        comment('c4', 't-b', 'sam', '', { deletedAt: at(6) }),
      ],
    }),
    thread('t-doc', {
      anchor: 'document',
      section: '',
      comments: [comment('c6', 't-doc', 'sam', 'Reads well overall.')],
    }),
    thread('t-res', {
      quote: 'near',
      comments: [comment('c7', 't-res', 'ada', 'How near?')],
      resolvedAt: at(2),
      resolvedById: 'sam',
    }),
  ],
};

const member = (userId: string, displayName: string): Member & Membership => ({
  projectId: 'p1',
  userId,
  displayName,
  role: 'member',
  perspective: 'lived-experience',
  creditAs: 'name',
  emailNotifications: false,
  joinedAt: at(0),
});

export const projectResponse: ProjectDetailResponse = {
  project: { id: 'p1', name: 'Older people’s strategy', purpose: '', createdAt: at(0) },
  me: member('me', 'Priya Shah'),
  members: [
    member('me', 'Priya Shah'),
    member('ada', 'Ada Lovelace'),
    member('sam', 'Sam Okafor'),
    member('lou', 'Louise Adams'),
  ],
  documents: [],
};
