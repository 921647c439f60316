import { documentExtensions, templateContent } from '@roundtable/shared';
import { getSchema } from '@tiptap/core';
import { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { headingAbove } from './headingAbove.ts';
import { shortenSection } from './shortenSection.ts';

const schema = getSchema(documentExtensions());
const doc = ProseMirrorNode.fromJSON(schema, templateContent('older-peoples-strategy', 'Strategy'));

function positionOfText(text: string): number {
  let found = -1;
  doc.descendants((node, position) => {
    if (found >= 0) return false;
    if (node.isText && node.text?.includes(text)) found = position + 1;
    return true;
  });
  if (found < 0) throw new Error(`No text "${text}" in the template`);
  return found;
}

describe('headingAbove', () => {
  it('finds the nearest heading above the caret', () => {
    const inPriority2 = doc.resolve(positionOfText('Being part of a strong')).end() + 10;
    expect(headingAbove(doc, inPriority2)).toBe('Priority 2: Being part of a strong and dynamic community');
  });

  it('reports the heading itself when the caret is inside it', () => {
    expect(headingAbove(doc, positionOfText('Why this strategy'))).toBe('Why this strategy matters');
  });

  it('returns null before the first heading and clamps positions outside the document', () => {
    expect(headingAbove(doc, 0)).toBeNull();
    expect(headingAbove(doc, doc.content.size + 100)).toBe('How we wrote this together');
  });

  it('shortens long headings', () => {
    const long = 'A'.repeat(80);
    expect(shortenSection(long)).toHaveLength(60);
    expect(shortenSection(long).endsWith('…')).toBe(true);
    expect(shortenSection('  Two   spaces ')).toBe('Two spaces');
  });
});
