import { canRunWorkshops, type DocumentSummary, type Workshop } from '@roundtable/shared';
import { useLocation, useParams } from 'react-router';
import { useDocumentTitle } from '../../a11y/useDocumentTitle.ts';
import { useProjectQuery } from '../../api/useProjectQuery.ts';
import { LiveNotice } from '../../components/LiveNotice.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { ProblemPage } from '../../components/ProblemPage.tsx';
import { ProjectBreadcrumbs } from '../../components/ProjectBreadcrumbs.tsx';
import { QueryProblem } from '../../components/QueryProblem.tsx';
import { WorkshopAccessNeedsPanel } from '../access-needs/WorkshopAccessNeedsPanel.tsx';
import { AgendaEditor } from './AgendaEditor.tsx';
import { EditWorkshopForm } from './EditWorkshopForm.tsx';
import { WorkshopJoiningSection } from './joining/WorkshopJoiningSection.tsx';
import { NewWorkshopForm } from './NewWorkshopForm.tsx';
import { useSavedAgendaActions } from './useAgendaActions.ts';
import { WorkshopDangerZone } from './WorkshopDangerZone.tsx';
import { WorkshopPlanView } from './WorkshopPlanView.tsx';
import { useDocumentSectionsQuery, useWorkshopQuery } from './workshopQueries.ts';

/**
 * A workshop's page: planning a new one (/workshops/new), or one already planned, which
 * leads and facilitators change and everyone else reads.
 */
export function WorkshopPlanPage() {
  const { projectId = '', workshopId } = useParams();
  const isNew = workshopId === undefined;
  const project = useProjectQuery(projectId);
  const workshop = useWorkshopQuery(projectId, workshopId);
  const title = isNew ? 'Plan a workshop' : workshop.data?.workshop.title;
  useDocumentTitle(title ?? (workshop.isPending || project.isPending ? 'Loading workshop' : 'Workshop'));

  if (project.isPending || (!isNew && workshop.isPending)) return <LoadingState label="Loading the workshop" />;
  if (project.isError) {
    return <QueryProblem error={project.error} thing="project" onRetry={() => void project.refetch()} />;
  }
  const back = [{ to: `/projects/${projectId}`, label: `Go back to ${project.data.project.name}` }];
  if (!isNew && workshop.isError) {
    return (
      <QueryProblem error={workshop.error} thing="workshop" onRetry={() => void workshop.refetch()} links={back} />
    );
  }
  const canRun = canRunWorkshops(project.data.me.role);
  if (isNew && !canRun) {
    return (
      <ProblemPage title="Only leads and facilitators plan workshops" links={back}>
        <p>Ask a lead or facilitator of this project to plan the workshop. You can take part in every workshop.</p>
      </ProblemPage>
    );
  }

  return (
    <div className="page workshop-plan">
      <ProjectBreadcrumbs project={project.data.project} current={title ?? 'Workshop'} />
      <h1>{title}</h1>
      {isNew && !project.data.documents.some((document) => document.archivedAt === null) ? (
        <p className="empty-state">
          A workshop works on one of the project’s documents. Start a document first, then plan the workshop.
        </p>
      ) : isNew ? (
        <NewWorkshopForm projectId={projectId} documents={project.data.documents} />
      ) : workshop.data ? (
        <SavedWorkshop
          projectId={projectId}
          workshop={workshop.data.workshop}
          canRun={canRun}
          documents={project.data.documents}
        />
      ) : null}
    </div>
  );
}

interface SavedWorkshopProps {
  projectId: string;
  workshop: Workshop;
  canRun: boolean;
  documents: DocumentSummary[];
}

function SavedWorkshop({ projectId, workshop, canRun, documents }: SavedWorkshopProps) {
  const location = useLocation();
  const justPlanned = (location.state as { planned?: boolean } | null)?.planned === true;
  const changeable = canRun && (workshop.state === 'planned' || workshop.state === 'running');
  const actions = useSavedAgendaActions(projectId, workshop);
  const sections = useDocumentSectionsQuery(projectId, changeable ? workshop.documentId : '');
  if (!changeable) return <WorkshopPlanView workshop={workshop} />;
  return (
    <>
      <LiveNotice
        message={
          justPlanned ? { text: 'Workshop planned. Everyone in the project can see it.', tone: 'success' } : null
        }
      />
      {/* The form starts again from the saved workshop when another one is opened. */}
      <EditWorkshopForm key={workshop.id} projectId={projectId} workshop={workshop} documents={documents} />
      <AgendaEditor
        items={workshop.agenda.map(({ id, title, durationMinutes, section }) => ({
          id,
          title,
          durationMinutes,
          sectionId: section?.sectionId ?? null,
        }))}
        startsAt={workshop.startsAt}
        sections={sections.data?.sections}
        actions={actions}
        savingNote="Changes to the agenda are saved as you make them."
      />
      <WorkshopAccessNeedsPanel projectId={projectId} workshopId={workshop.id} />
      <WorkshopJoiningSection workshop={workshop} />
      <WorkshopDangerZone projectId={projectId} workshop={workshop} />
    </>
  );
}
