import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';

/** A reply or an edit being written: whether its box is open, and its words so far. */
export interface CommentDraft {
  open: boolean;
  text: string;
}

type SetDraft = (key: string, change: Partial<CommentDraft>) => void;

const CLOSED: CommentDraft = { open: false, text: '' };
const CommentDraftsContext = createContext<{ drafts: ReadonlyMap<string, CommentDraft>; set: SetDraft } | null>(null);

/**
 * Keeps half-written replies and edits for as long as the document is open, outside
 * the thread cards: a card is rebuilt when its words are deleted (it moves to "On
 * removed text"), hidden when someone else resolves it, and gone while the panel is
 * closed, and none of that should lose what a person was typing.
 */
export function CommentDraftsProvider({ children }: { children: ReactNode }) {
  const [drafts, setDrafts] = useState<ReadonlyMap<string, CommentDraft>>(new Map());
  const set = useCallback<SetDraft>((key, change) => {
    setDrafts((current) => {
      const next = new Map(current);
      const draft = { ...(current.get(key) ?? CLOSED), ...change };
      if (!draft.open && draft.text === '') next.delete(key);
      else next.set(key, draft);
      return next;
    });
  }, []);
  const value = useMemo(() => ({ drafts, set }), [drafts, set]);
  return <CommentDraftsContext.Provider value={value}>{children}</CommentDraftsContext.Provider>;
}

/** The draft kept under `key` (such as "reply:<threadId>"), and a way to change it. */
export function useCommentDraft(key: string): [CommentDraft, (change: Partial<CommentDraft>) => void] {
  const context = useContext(CommentDraftsContext);
  const [local, setLocal] = useState<CommentDraft>(CLOSED);
  const change = useCallback(
    (update: Partial<CommentDraft>) => {
      if (context) context.set(key, update);
      else setLocal((current) => ({ ...current, ...update }));
    },
    [context, key],
  );
  // Without a provider (a thread shown on its own), the draft lives with the card.
  return [context ? (context.drafts.get(key) ?? CLOSED) : local, change];
}
