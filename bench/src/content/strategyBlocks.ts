import type { JSONContent } from '@tiptap/core';

const topics = [
  'Being physically and emotionally healthy',
  'Being part of a strong and dynamic community',
  'Housing, homes and the environment',
  'Access to information and care',
  'Getting around: transport and safe streets',
  'Money, work and volunteering',
  'Carers and the people they care for',
  'Staying connected and tackling loneliness',
];

const vocabulary = (
  'the strategy sets out how older people carers and the council will work together on health housing ' +
  'care information transport and community so that everyone can take part as equals and be heard we ' +
  'listened to people in libraries day centres and at home about what matters to them and what would ' +
  'make the biggest difference services should be easy to find simple to use and shaped by the people ' +
  'who rely on them every priority has actions owners and a way to check that it is working'
).split(' ');

export interface StrategyOptions {
  /** Stop after about this many words; endless when undefined (the typist decides when to stop). */
  words?: number;
  wordsPerSection: number;
}

/** A small deterministic random source, so every run writes the same document. */
function randomSource(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/**
 * The blocks of a long strategy, section after section, in the shared schema's
 * ProseMirror JSON: a heading per section, paragraphs with some bold and italic
 * phrases and links, and a bulleted list of actions. About two pages per 1,000 words.
 */
export function* strategyBlocks(options: StrategyOptions): Generator<JSONContent> {
  const random = randomSource(7);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
  const phrase = (count: number) => Array.from({ length: count }, () => pick(vocabulary)).join(' ');
  let words = 0;
  const done = () => options.words !== undefined && words >= options.words;

  for (let section = 1; !done(); section += 1) {
    const title = `Priority ${section}: ${topics[(section - 1) % topics.length]}`;
    words += title.split(' ').length;
    yield { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: title }] };
    const sectionEnd = words + options.wordsPerSection;
    for (let block = 0; words < sectionEnd && !done(); block += 1) {
      if (block % 4 === 3) {
        const items = 3 + Math.floor(random() * 4);
        const listItems: JSONContent[] = [];
        for (let item = 0; item < items; item += 1) {
          const count = 8 + Math.floor(random() * 12);
          words += count;
          listItems.push({ type: 'listItem', content: [{ type: 'paragraph', content: [text(phrase(count))] }] });
        }
        yield { type: 'bulletList', content: listItems };
        continue;
      }
      const count = 60 + Math.floor(random() * 60);
      words += count;
      yield { type: 'paragraph', content: formattedSentence(phrase(count), section, random) };
    }
  }
}

const text = (value: string, marks?: JSONContent['marks']): JSONContent =>
  marks ? { type: 'text', text: value, marks } : { type: 'text', text: value };

/** Splits a paragraph's words into runs, a few of them bold, italic or a link. */
function formattedSentence(words: string, section: number, random: () => number): JSONContent[] {
  const parts = words.split(' ');
  const runs: JSONContent[] = [];
  let plain: string[] = [];
  const flush = () => {
    if (plain.length) runs.push(text(`${plain.join(' ')} `));
    plain = [];
  };
  for (let index = 0; index < parts.length; index += 1) {
    const roll = random();
    if (roll < 0.015 && index + 3 < parts.length) {
      flush();
      runs.push(text(parts.slice(index, index + 3).join(' '), [{ type: 'bold' }]), text(' '));
      index += 2;
    } else if (roll < 0.025 && index + 2 < parts.length) {
      flush();
      runs.push(text(parts.slice(index, index + 2).join(' '), [{ type: 'italic' }]), text(' '));
      index += 1;
    } else if (roll < 0.03 && index + 2 < parts.length) {
      flush();
      const href = `https://council.example.org/strategy/priority-${section}`;
      runs.push(text(parts.slice(index, index + 2).join(' '), [{ type: 'link', attrs: { href } }]), text(' '));
      index += 1;
    } else {
      plain.push(parts[index] as string);
    }
  }
  flush();
  // No trailing space at the end of a paragraph.
  const last = runs.at(-1);
  if (last?.text) last.text = last.text.replace(/ $/, '') || '.';
  return runs.filter((run) => run.text);
}
