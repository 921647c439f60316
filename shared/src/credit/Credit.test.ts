import { describe, expect, it } from 'vitest';
import {
  type Credit,
  creditedPersonId,
  creditFromLog,
  creditKey,
  isRecovered,
  namesPerson,
  peopleNamedIn,
  peopleShownWith,
  recordedFor,
  recoveredFrom,
  sameCredit,
  TEMPLATE_CREDIT,
  typedBy,
  voiceOf,
  writtenBy,
} from './Credit.ts';

const template = TEMPLATE_CREDIT;
const ada = writtenBy('ada');
const adaBySam = recordedFor('ada', 'sam');
const adaViaSam = recoveredFrom('ada', 'sam');
const unknownViaSam: Credit = { kind: 'unknownWriter', relayedById: 'sam' };

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
  it('credits words handed back after a restore to their writer, naming the device that relayed them', () => {
    expect(creditFromLog({ userId: 'ada', onBehalfOf: null, recoveredBy: 'sam' })).toEqual(adaViaSam);
    expect(creditFromLog({ userId: null, onBehalfOf: null, recoveredBy: 'sam' })).toEqual(unknownViaSam);
  });
});

describe('recovered words', () => {
  it('credit their writer only, never the device that relayed them', () => {
    expect([adaViaSam, unknownViaSam].map(creditedPersonId)).toEqual(['ada', null]);
    expect([adaViaSam, unknownViaSam].map(peopleNamedIn)).toEqual([['ada'], []]);
    expect(namesPerson(adaViaSam, 'sam')).toBe(false);
    expect(namesPerson(unknownViaSam, 'sam')).toBe(false);
  });
  it('show the relaying device’s owner beside the words', () => {
    expect([adaViaSam, unknownViaSam].map(peopleShownWith)).toEqual([['ada', 'sam'], ['sam']]);
    expect([template, ada, adaBySam, adaViaSam, unknownViaSam].map(isRecovered)).toEqual([
      false,
      false,
      false,
      true,
      true,
    ]);
  });
  it('count in the writer’s voice, and unknown writers’ words as nobody’s', () => {
    expect([adaViaSam, unknownViaSam].map(voiceOf)).toEqual([ada, unknownViaSam]);
    expect([adaViaSam, unknownViaSam].map(typedBy)).toEqual(['ada', null]);
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
    adaViaSam,
    recoveredFrom('sam', 'ada'),
    unknownViaSam,
    { kind: 'unknownWriter', relayedById: 'ada' },
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
