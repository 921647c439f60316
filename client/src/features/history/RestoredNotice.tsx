import { Icon } from '../../components/Icon.tsx';

export interface Restored {
  name: string;
  /** The restore was itself undone: the text is back as it was before it. */
  undone?: boolean;
  /** The version saved just before restoring, which undoes it; null if it could not be found. */
  undo: { id: string; name: string } | null;
}

interface RestoredNoticeProps {
  restored: Restored | null;
  isUndoing: boolean;
  onUndo: (versionId: string) => void;
  onDismiss: () => void;
}

function noticeText({ name, undo, undone }: Restored): string {
  if (undone) return `Undone. The text is back as it was before “${name}” was restored.`;
  const how = undo
    ? `To undo it, restore the version “${undo.name}”, or use the button here.`
    : 'To undo it, restore the version saved just before, in History, Versions.';
  return `Restored “${name}”. ${how}`;
}

/** After a restore: what happened, and how to go back, in words and with a button. */
export function RestoredNotice({ restored, isUndoing, onUndo, onDismiss }: RestoredNoticeProps) {
  return (
    <div role="status">
      {restored ? (
        <div className="notice restored-notice">
          <Icon name="check" />
          <div className="restored-notice__body">
            <p>{noticeText(restored)}</p>
            <div className="restored-notice__actions">
              {restored.undo && !restored.undone ? (
                <button
                  type="button"
                  className="button button--secondary button--small"
                  aria-disabled={isUndoing}
                  onClick={() => restored.undo && !isUndoing && onUndo(restored.undo.id)}
                >
                  <Icon name="undo" size={18} />
                  {isUndoing ? 'Undoing…' : 'Undo restore'}
                </button>
              ) : null}
              <button type="button" className="button button--quiet button--small" onClick={onDismiss}>
                Dismiss
              </button>
            </div>
          </div>
        </div>
      ) : null}
    </div>
  );
}
