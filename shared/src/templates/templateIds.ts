export const templateIds = ['blank', 'older-peoples-strategy', 'send-strategy'] as const;
export type TemplateId = (typeof templateIds)[number];

export const templateLabels: Record<TemplateId, string> = {
  blank: 'Blank document',
  'older-peoples-strategy': "Older People's Strategy",
  'send-strategy': 'SEND strategy',
};

export const templateDescriptions: Record<TemplateId, string> = {
  blank: 'An empty page to start from.',
  'older-peoples-strategy': 'Sections for the four priorities of a joint strategy with older people.',
  'send-strategy':
    'For children and young people aged 0–25 with special educational needs and/or disabilities, and their families.',
};
