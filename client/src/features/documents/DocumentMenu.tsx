import type { DocumentSummary } from '@roundtable/shared';
import { useState } from 'react';
import { Button, Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components';
import { Icon } from '../../components/Icon.tsx';
import type { NoticeMessage } from '../../components/LiveNotice.tsx';
import { ArchiveDocumentDialog } from './ArchiveDocumentDialog.tsx';
import { RenameDocumentDialog } from './RenameDocumentDialog.tsx';
import { useUpdateDocument } from './useUpdateDocument.ts';

interface DocumentMenuProps {
  projectId: string;
  document: DocumentSummary;
  onNotice: (message: NoticeMessage) => void;
  /** Opens the export dialog, which the page holds: a version's view can open it too. */
  onExport: () => void;
  /** This person renamed the document; told here, so not told again as someone else's change. */
  onRenamed?: (title: string) => void;
}

/** Lead-only actions on the open document. */
export function DocumentMenu({ projectId, document, onNotice, onExport, onRenamed }: DocumentMenuProps) {
  const [renaming, setRenaming] = useState(false);
  const [archiving, setArchiving] = useState(false);
  const restore = useUpdateDocument(projectId);
  const archived = document.archivedAt !== null;

  return (
    <>
      <MenuTrigger>
        <Button className="button button--secondary">
          Document actions
          <Icon name="chevronDown" size={18} />
        </Button>
        <Popover className="popover" placement="bottom end">
          <Menu
            className="menu"
            onAction={(key) => {
              if (key === 'export') onExport();
              if (key === 'rename') setRenaming(true);
              if (key === 'archive') setArchiving(true);
              if (key === 'restore')
                restore.mutate(
                  { documentId: document.id, body: { archived: false } },
                  {
                    onSuccess: () =>
                      onNotice({ text: 'Document restored. Everyone can edit it again.', tone: 'success' }),
                    onError: (error) => onNotice({ text: error.message, tone: 'error' }),
                  },
                );
            }}
          >
            <MenuItem id="export" className="menu__item">
              Export…
            </MenuItem>
            <MenuItem id="rename" className="menu__item">
              Rename document
            </MenuItem>
            {archived ? (
              <MenuItem id="restore" className="menu__item">
                Restore document
              </MenuItem>
            ) : (
              <MenuItem id="archive" className="menu__item">
                Archive document
              </MenuItem>
            )}
          </Menu>
        </Popover>
      </MenuTrigger>
      <RenameDocumentDialog
        projectId={projectId}
        document={renaming ? document : null}
        onClose={() => setRenaming(false)}
        onRenamed={(title) => {
          onRenamed?.(title);
          onNotice({ text: `Renamed to “${title}”.`, tone: 'success' });
        }}
      />
      <ArchiveDocumentDialog
        projectId={projectId}
        document={archiving ? document : null}
        onClose={() => setArchiving(false)}
        onArchived={() => onNotice({ text: 'Document archived. It is now read-only for everyone.', tone: 'success' })}
      />
    </>
  );
}
