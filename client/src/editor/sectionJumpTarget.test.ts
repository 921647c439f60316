import { documentExtensions } from '@roundtable/shared';
import { getSchema } from '@tiptap/core';
import { Node } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { sectionJumpTarget } from './sectionJumpTarget.ts';

const schema = getSchema(documentExtensions());
const doc = Node.fromJSON(schema, {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'Intro' }] },
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Priority 1:  Health' }] },
    { type: 'paragraph', content: [{ type: 'text', text: 'Body' }] },
  ],
});

describe('sectionJumpTarget', () => {
  it('finds a heading by its text, and the start for the text before any heading', () => {
    expect(sectionJumpTarget(doc, '')).toBe(1);
    const position = sectionJumpTarget(doc, 'Priority 1: Health');
    expect(position).toBe(8);
    expect(doc.resolve(position ?? 0).parent.type.name).toBe('heading');
  });

  it('gives null for a section whose heading has gone', () => {
    expect(sectionJumpTarget(doc, 'Priority 9')).toBeNull();
  });
});
