import type { JSONContent } from '@tiptap/core';
import { newSectionId } from '../sections/newSectionId.ts';
import type { TemplateId } from './templateIds.ts';

/**
 * Starting content for new documents, in the shared schema. The server turns it into
 * the document's first update when the document is created; browsers never insert it.
 * Built afresh for each document, so every heading gets a section id of its own.
 */
const heading = (level: 1 | 2 | 3, text: string): JSONContent => ({
  type: 'heading',
  attrs: { level, sectionId: newSectionId() },
  content: [{ type: 'text', text }],
});
const paragraph = (text: string): JSONContent => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const prompts = (...items: string[]): JSONContent => ({
  type: 'bulletList',
  content: items.map((item) => ({ type: 'listItem', content: [paragraph(item)] })),
});

const sectionPrompts = () =>
  prompts('What people told us matters', 'What we will do together', 'How we will know it is working');

const olderPeoplesStrategy = (): JSONContent[] => [
  heading(1, "Older People's Strategy"),
  paragraph(
    'This strategy is written together by older people, carers and the staff who run services. Everyone in the group has an equal say in the words.',
  ),
  heading(2, 'Why this strategy matters'),
  paragraph('Describe in plain English what this strategy is for and who it is for.'),
  heading(2, 'Priority 1: Being physically and emotionally healthy'),
  sectionPrompts(),
  heading(2, 'Priority 2: Being part of a strong and dynamic community'),
  sectionPrompts(),
  heading(2, 'Priority 3: Housing, homes and the environment'),
  sectionPrompts(),
  heading(2, 'Priority 4: Access to information and care'),
  sectionPrompts(),
  heading(2, 'How we wrote this together'),
  paragraph('Say who took part, how, and what changed because of what people said.'),
];

const sendStrategy = (): JSONContent[] => [
  heading(1, 'SEND strategy'),
  paragraph(
    'This strategy is for children and young people aged 0–25 with special educational needs and/or disabilities (SEND), and their families. It is written together by parent carers, young people and professionals from education, health and care.',
  ),
  heading(2, 'Our shared vision'),
  paragraph('Describe what a good life looks like for children and young people with SEND in our area.'),
  heading(2, 'Listening to children, young people and families'),
  sectionPrompts(),
  heading(2, 'Identifying needs early'),
  sectionPrompts(),
  heading(2, 'Education, health and care working together'),
  sectionPrompts(),
  heading(2, 'Preparing for adulthood'),
  sectionPrompts(),
  heading(2, 'How we will know it is working'),
  paragraph('Say what we will measure, and how families will hear about progress.'),
];

export function templateContent(template: TemplateId, title: string): JSONContent {
  switch (template) {
    case 'blank':
      return { type: 'doc', content: [heading(1, title), { type: 'paragraph' }] };
    case 'older-peoples-strategy':
      return { type: 'doc', content: olderPeoplesStrategy() };
    case 'send-strategy':
      return { type: 'doc', content: sendStrategy() };
  }
}
