import type { DocumentSectionsResponse } from '@roundtable/shared';
import { projectWithTwoMembers, TestPerson } from './TestPerson.ts';
import { planWorkshop, workshopsPath } from './workshopFixtures.ts';

/**
 * People with an ideas round to run: Ada leads (her perspective unsaid), Fay facilitates
 * (both), and Sam (professional), Kim (both) and Lee (lived experience) are members; Fay
 * has planned a workshop on their strategy document. Zoe is in another project only.
 */
export async function ideasWorkshop(baseUrl: string) {
  const { ada, sam, projectId } = await projectWithTwoMembers(baseUrl);
  const detail = await ada.createDocument(projectId, 'older-peoples-strategy');
  const documentId = detail.document.id;
  const join = async (person: TestPerson, role: 'member' | 'facilitator', perspective: 'both' | 'lived-experience') => {
    const token = await ada.invite(projectId, role);
    await person.signUp(token);
    await person.join(token, perspective);
    return person;
  };
  const fay = await join(new TestPerson(baseUrl, 'Fay'), 'facilitator', 'both');
  const kim = await join(new TestPerson(baseUrl, 'Kim'), 'member', 'both');
  const lee = await join(new TestPerson(baseUrl, 'Lee'), 'member', 'lived-experience');
  // Zoe is in another project of Ada's, never this one.
  const zoe = new TestPerson(baseUrl, 'Zoe');
  const elsewhere = await ada.invite(await ada.createProject('Another group'));
  await zoe.signUp(elsewhere);
  await zoe.join(elsewhere);
  const planned = await planWorkshop(fay, projectId, {
    documentId,
    title: 'Strategy day',
    startsAt: new Date(Date.now() + 60_000).toISOString(),
  });
  const { sections } = await sam.expectOk<DocumentSectionsResponse>(
    'GET',
    `/api/projects/${projectId}/documents/${documentId}/sections`,
  );
  const section = sections.at(-1);
  if (!section) throw new Error('The template has sections.');
  const rounds = `${workshopsPath(projectId)}/${planned.id}/ideas`;
  return {
    ada,
    fay,
    sam,
    kim,
    lee,
    zoe,
    projectId,
    documentId,
    name: detail.collaborationName,
    planned,
    section,
    rounds,
  };
}

export type IdeasWorkshop = Awaited<ReturnType<typeof ideasWorkshop>>;
