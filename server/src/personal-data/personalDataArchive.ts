import { accessNeedLabels, fileNamePart, formatExportDate, perspectiveLabels, roleLabels } from '@roundtable/shared';
import { strToU8, zipSync } from 'fflate';
import { statementLines } from '../time-given/statementLines.ts';
import type {
  PersonalAccessNeeds,
  PersonalAccountData,
  PersonalDocumentData,
  PersonalProjectData,
} from './PersonalDataCollector.ts';

export interface PersonalData {
  account: PersonalAccountData;
  /** What helps the person take part, if they told us. */
  accessNeeds: PersonalAccessNeeds | null;
  projects: PersonalProjectData[];
  madeAt: string;
}

const README = `Your data from Roundtable

This archive holds what you wrote and did in Roundtable:
- your-data.json: everything below, in a form other programs can read.
- account.txt: your account, your projects, and what you told us helps you take
  part in workshops, if you did.
- One folder per project you are in, with one text file per document. Each file lists
  your words as they are in the document now, words you typed for someone else while
  recording for them, your edit sessions (when you changed the document and how much),
  and your comments; and "Time given.txt", the time you gave to the project.

It does not hold other people's words or comments: those are theirs.
`;

/** The person's data as a zip: a plain-text file per document to read, and the same as JSON for programs. */
export function personalDataArchive(data: PersonalData): Uint8Array {
  const files: Record<string, Uint8Array> = {
    'README.txt': strToU8(README),
    'your-data.json': strToU8(JSON.stringify(data, null, 2)),
    'account.txt': strToU8(accountText(data)),
  };
  const taken = new Set<string>();
  for (const project of data.projects) {
    const folder = uniqueName(fileNamePart(project.name, 60) || 'Project', taken);
    files[`${uniqueName(`${folder}/Time given`, taken)}.txt`] = strToU8(timeGivenText(project));
    for (const document of project.documents) {
      const name = uniqueName(`${folder}/${fileNamePart(document.title, 80) || 'Document'}`, taken);
      files[`${name}.txt`] = strToU8(documentText(project, document));
    }
  }
  return zipSync(files, { level: 6 });
}

function timeGivenText({ timeGiven }: PersonalProjectData): string {
  const lines = statementLines(timeGiven);
  return [
    lines.title,
    ...lines.facts,
    '',
    lines.workshopsHeading,
    ...(lines.workshops.length > 0 ? lines.workshops : ['None recorded.']),
    lines.workshopsTotal,
    '',
    lines.addedHeading,
    ...(lines.added.length > 0 ? lines.added : ['None added.']),
    lines.addedTotal,
    '',
    lines.total,
    '',
  ].join('\n');
}

function uniqueName(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${name} (${n})`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

function accountText({ account, accessNeeds, projects, madeAt }: PersonalData): string {
  return [
    `Name: ${account.displayName}`,
    `Email: ${account.email}`,
    `Account made: ${formatExportDate(account.createdAt)}`,
    `This archive made: ${formatExportDate(madeAt)}`,
    '',
    'Projects:',
    ...projects.map(
      (project) =>
        `- ${project.name}: ${roleLabels[project.role]}, ${perspectiveLabels[project.perspective]}, joined ${formatExportDate(project.joinedAt)}`,
    ),
    '',
    'What helps you take part:',
    ...accessNeedsLines(accessNeeds),
    '',
  ].join('\n');
}

function accessNeedsLines(accessNeeds: PersonalAccessNeeds | null): string[] {
  if (!accessNeeds) return ['You have not told us anything.'];
  return [
    ...accessNeeds.needs.map((need) => `- ${accessNeedLabels[need].label}`),
    ...(accessNeeds.otherNeeds ? [`- In your words: ${accessNeeds.otherNeeds}`] : []),
    accessNeeds.showName
      ? 'Leads and facilitators may see your name with these.'
      : 'Leads and facilitators see these only as counts, without your name.',
    `You agreed to us keeping this on ${formatExportDate(accessNeeds.consentedAt)}.`,
  ];
}

function documentText(project: PersonalProjectData, document: PersonalDocumentData): string {
  const lines = [
    document.title,
    `Project: ${project.name}${document.archived ? ' (this document is archived)' : ''}`,
    '',
    'YOUR WORDS IN THE DOCUMENT NOW',
    ...passageLines(document.ownWords, 'None of your words are in the document now.'),
    '',
    'WORDS YOU TYPED FOR SOMEONE ELSE',
    ...passageLines(document.recordedForOthers, 'None.'),
    '',
    'YOUR EDIT SESSIONS',
    ...(document.editSessions.length === 0
      ? ['None.']
      : document.editSessions.map(
          (session) =>
            `- ${formatExportDate(session.startedAt)}: ${session.wordsAdded} words added, ${session.wordsRemoved} removed${
              session.sections.length > 0 ? ` (${session.sections.map(sectionLabel).join(', ')})` : ''
            }`,
        )),
    '',
    'YOUR COMMENTS',
    ...(document.comments.length === 0
      ? ['None.']
      : document.comments.flatMap((comment) => [
          `- ${formatExportDate(comment.createdAt)}, ${comment.startedThread ? 'started a thread' : 'replied'} ${
            comment.threadQuote
              ? `on “${comment.threadQuote}” (${sectionLabel(comment.section)})`
              : 'on the whole document'
          }${comment.editedAt ? ', edited' : ''}:`,
          ...comment.body.split('\n').map((line) => `    ${line}`),
        ])),
    `Threads you resolved: ${document.threadsResolved}`,
    '',
  ];
  return lines.join('\n');
}

function passageLines(passages: PersonalDocumentData['ownWords'], none: string): string[] {
  if (passages.length === 0) return [none];
  return passages.map((passage) => `- [${sectionLabel(passage.section)}] ${passage.text}`);
}

function sectionLabel(section: string): string {
  return section === '' ? 'Start of the document' : section;
}
