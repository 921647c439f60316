import { describe, expect, it } from 'vitest';
import {
  type Credit,
  creditedPersonId,
  creditFromLog,
  creditKey,
  namesPerson,
  peopleNamedIn,
  recordedFor,
  sameCredit,
  TEMPLATE_CREDIT,
  typedBy,
  voiceOf,
  writtenBy,
} from './Credit.ts';

const template = TEMPLATE_CREDIT;
const ada = writtenBy('ada');
const adaBySam = recordedFor('ada', 'sam');

describe('creditFromLog', () => {
  it('credits the server’s own content to the template', () => {
    expect(creditFromLog({ userId: null, onBehalfOf: null })).toEqual({ kind: 'template' });
  });
  it('credits words to whoever typed them', () => {
    expect(creditFromLog({ userId: 'ada', onBehalfOf: null })).toEqual({ kind: 'written', personId: 'ada' });
  });
  it('credits recorded words to the person they were recorded for, naming the scribe', () => {
    expect(creditFromLog({ userId: 'sam', onBehalfOf: 'ada' })).toEqual({
      kind: 'recorded',
      personId: 'ada',
      recordedById: 'sam',
    });
  });
  it('takes recording for oneself as writing', () => {
    expect(creditFromLog({ userId: 'ada', onBehalfOf: 'ada' })).toEqual(ada);
  });
});

describe('who a credit names', () => {
  it('gives the credited person, or null for the template', () => {
    expect([template, ada, adaBySam].map(creditedPersonId)).toEqual([null, 'ada', 'ada']);
  });
  it('lists the credited person before the scribe', () => {
    expect([template, ada, adaBySam].map(peopleNamedIn)).toEqual([[], ['ada'], ['ada', 'sam']]);
  });
  it('names both the credited person and the scribe, and nobody else', () => {
    expect(namesPerson(adaBySam, 'ada')).toBe(true);
    expect(namesPerson(adaBySam, 'sam')).toBe(true);
    expect(namesPerson(adaBySam, 'bea')).toBe(false);
    expect(namesPerson(template, 'ada')).toBe(false);
  });
  it('knows whose device typed the words', () => {
    expect([template, ada, adaBySam].map(typedBy)).toEqual([null, 'ada', 'sam']);
  });
  it('counts recorded words in the voice of the person they were recorded for', () => {
    expect([template, ada, adaBySam].map(voiceOf)).toEqual([template, ada, ada]);
  });
});

describe('creditKey and sameCredit', () => {
  const all: Credit[] = [
    template,
    ada,
    writtenBy('sam'),
    adaBySam,
    recordedFor('sam', 'ada'),
    recordedFor('ada', 'bea'),
  ];

  it('tell every different credit apart', () => {
    expect(new Set(all.map(creditKey)).size).toBe(all.length);
    for (const a of all) for (const b of all) expect(sameCredit(a, b)).toBe(a === b);
  });
  it('match equal credits built apart', () => {
    expect(sameCredit(recordedFor('ada', 'sam'), { kind: 'recorded', personId: 'ada', recordedById: 'sam' })).toBe(
      true,
    );
    expect(creditKey(writtenBy('ada'))).toBe(creditKey(creditFromLog({ userId: 'ada', onBehalfOf: null })));
  });
  it('cannot be confused by ids that contain separators', () => {
    expect(sameCredit(recordedFor('a:b', 'c'), recordedFor('a', 'b:c'))).toBe(false);
    expect(sameCredit(writtenBy('template'), template)).toBe(false);
  });
});
