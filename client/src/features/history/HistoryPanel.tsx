import type { DocumentVersion } from '@roundtable/shared';
import { type RefObject, useState } from 'react';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { Icon } from '../../components/Icon.tsx';
import { ChangeTimeline } from './ChangeTimeline.tsx';
import { ContributionsTab } from './ContributionsTab.tsx';
import { VersionsTab } from './VersionsTab.tsx';

export const HISTORY_PANEL_ID = 'history-panel';
export const HISTORY_HEADING_ID = 'history-panel-heading';

type HistoryTab = 'changes' | 'versions' | 'voice';

interface HistoryPanelProps {
  projectId: string;
  documentId: string;
  canRestore: boolean;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onClose: () => void;
  onOpenVersion: (versionId: string) => void;
  onCompare: (from: string, to: string) => void;
  onRestore: (version: DocumentVersion) => void;
}

/**
 * The document's history beside the text (above it on a phone): the timeline of
 * changes, versions, and the balance of voice.
 */
export function HistoryPanel({
  projectId,
  documentId,
  canRestore,
  headingRef,
  onClose,
  onOpenVersion,
  onCompare,
  onRestore,
}: HistoryPanelProps) {
  const [tab, setTab] = useState<HistoryTab>('changes');
  return (
    <section id={HISTORY_PANEL_ID} className="history-panel" aria-labelledby={HISTORY_HEADING_ID}>
      <div className="history-panel__header">
        <h2 id={HISTORY_HEADING_ID} className="history-panel__title" tabIndex={-1} ref={headingRef}>
          History
        </h2>
        <button type="button" className="button button--quiet button--small" onClick={onClose}>
          <Icon name="close" size={18} />
          Close history
        </button>
      </div>
      <Tabs selectedKey={tab} onSelectionChange={(key) => setTab(key as HistoryTab)}>
        <TabList className="tabs" aria-label="Parts of the history">
          <Tab id="changes" className="tabs__tab">
            Changes
          </Tab>
          <Tab id="versions" className="tabs__tab">
            Versions
          </Tab>
          <Tab id="voice" className="tabs__tab">
            Balance of voice
          </Tab>
        </TabList>
        <TabPanel id="changes" className="tabs__panel">
          <ChangeTimeline projectId={projectId} documentId={documentId} />
        </TabPanel>
        <TabPanel id="versions" className="tabs__panel">
          <VersionsTab
            projectId={projectId}
            documentId={documentId}
            canRestore={canRestore}
            onOpen={onOpenVersion}
            onCompare={onCompare}
            onRestore={onRestore}
          />
        </TabPanel>
        <TabPanel id="voice" className="tabs__panel">
          <ContributionsTab projectId={projectId} documentId={documentId} />
        </TabPanel>
      </Tabs>
    </section>
  );
}
