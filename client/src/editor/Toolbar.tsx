import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import type { MouseEvent } from 'react';
import { useRovingFocus } from '../a11y/useRovingFocus.ts';
import { Icon } from '../components/Icon.tsx';
import { commentShortcut, linkShortcut, type ToolbarAction, toolbarGroups } from './toolbarActions.ts';
import { useWrappedRowStarts } from './useWrappedRowStarts.ts';

interface ToolbarProps {
  editor: Editor;
  /** Names what the toolbar formats, e.g. the document title. */
  documentTitle: string;
  onRequestLink: () => void;
  /** Comments on the selected words; no Comment button without it. */
  onRequestComment?: (() => void) | undefined;
}

function ActionIcon({ icon }: { icon: ToolbarAction['icon'] }) {
  if (icon === 'h1' || icon === 'h2' || icon === 'h3') {
    return (
      <span className="toolbar__glyph" aria-hidden="true">
        H<span className="toolbar__glyph-level">{icon.slice(1)}</span>
      </span>
    );
  }
  return <Icon name={icon} />;
}

/** Keeps the editor's selection when a button is clicked with a mouse or finger. */
const keepEditorSelection = (event: MouseEvent) => event.preventDefault();

/**
 * Formatting controls for the document. One Tab stop; arrow keys move between buttons.
 * Pressed buttons say so (aria-pressed) and look different by shape, not colour alone.
 */
export function Toolbar({ editor, documentTitle, onRequestLink, onRequestComment }: ToolbarProps) {
  const { containerRef, containerProps, tabIndexFor } = useRovingFocus<HTMLDivElement>();
  useWrappedRowStarts(containerRef, '.toolbar__group');
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => {
      const active: Record<string, boolean> = {};
      for (const group of toolbarGroups) {
        for (const action of group.actions) active[action.id] = action.isActive(current);
      }
      return { active, link: current.isActive('link'), hasSelection: !current.state.selection.empty };
    },
  });

  let index = 0;
  return (
    <div
      className="toolbar"
      role="toolbar"
      aria-label={`Formatting for ${documentTitle}`}
      aria-controls="document-editor"
      ref={containerRef}
      {...containerProps}
    >
      {toolbarGroups.map((group) => (
        <div className="toolbar__group" key={group.label}>
          {group.actions.map((action) => {
            const tabIndex = tabIndexFor(index++);
            const pressed = state.active[action.id] ?? false;
            return (
              <button
                key={action.id}
                type="button"
                className="toolbar__button"
                data-roving-item
                tabIndex={tabIndex}
                aria-label={action.label}
                aria-pressed={pressed}
                aria-keyshortcuts={action.shortcut}
                title={`${action.label} (${action.shortcutHint})`}
                onMouseDown={keepEditorSelection}
                // A keyboard press (detail 0) leaves focus in the toolbar for the next choice.
                onClick={(event) => action.run(editor, event.detail > 0)}
              >
                <ActionIcon icon={action.icon} />
              </button>
            );
          })}
        </div>
      ))}
      <div className="toolbar__group">
        <button
          type="button"
          className="toolbar__button"
          data-roving-item
          tabIndex={tabIndexFor(index++)}
          aria-label={state.link ? 'Edit link' : 'Add link'}
          aria-haspopup="dialog"
          aria-keyshortcuts={linkShortcut.shortcut}
          title={`${state.link ? 'Edit link' : 'Add link'} (${linkShortcut.shortcutHint})`}
          onMouseDown={keepEditorSelection}
          onClick={onRequestLink}
        >
          <Icon name="link" />
        </button>
        <button
          type="button"
          className="toolbar__button"
          data-roving-item
          tabIndex={tabIndexFor(index++)}
          aria-label="Remove link"
          aria-disabled={!state.link}
          title="Remove link"
          onMouseDown={keepEditorSelection}
          onClick={(event) => {
            if (!state.link) return;
            const chain = event.detail > 0 ? editor.chain().focus() : editor.chain();
            chain.extendMarkRange('link').unsetLink().run();
          }}
        >
          <Icon name="unlink" />
        </button>
      </div>
      {onRequestComment ? (
        <div className="toolbar__group">
          <button
            type="button"
            className="toolbar__button toolbar__button--text"
            data-roving-item
            tabIndex={tabIndexFor(index++)}
            aria-disabled={!state.hasSelection}
            aria-keyshortcuts={commentShortcut.shortcut}
            title={
              state.hasSelection
                ? `Comment on the selected words (${commentShortcut.shortcutHint})`
                : 'Select some words to comment on them'
            }
            onMouseDown={keepEditorSelection}
            onClick={() => {
              if (state.hasSelection) onRequestComment();
            }}
          >
            <Icon name="comment" />
            Comment
          </button>
        </div>
      ) : null}
    </div>
  );
}
