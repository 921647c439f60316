import type { InboxItemKind } from '@roundtable/shared';

export interface CommentEmailFacts {
  kind: InboxItemKind;
  fromName: string;
  projectName: string;
  documentTitle: string;
  section: string;
  body: string;
  /** Opens the document at the thread. */
  link: string;
}

/** The subject and plain text of an email about a mention, a reply or a resolved conversation. */
export function commentEmail(facts: CommentEmailFacts): { subject: string; text: string } {
  const where = `“${facts.documentTitle}”`;
  const what = {
    mention: `${facts.fromName} mentioned you in ${where}`,
    reply: `${facts.fromName} replied in ${where}`,
    resolved: `${facts.fromName} resolved a conversation you took part in, in ${where}`,
  }[facts.kind];
  const section = facts.section ? `, in the section “${facts.section}”` : '';
  const quoted = facts.body
    .split('\n')
    .map((line) => `  ${line}`.trimEnd())
    .join('\n');
  const text = [
    `${what} (${facts.projectName})${section}:`,
    '',
    quoted,
    '',
    `Open the conversation: ${facts.link}`,
    '',
    'You get these emails because you asked for them in this project. To stop them, turn off emails about mentions and replies in your settings for the project.',
    '',
  ].join('\n');
  return { subject: what, text };
}
