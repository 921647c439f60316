import { describe, expect, it } from 'vitest';
import { groupTimeCsv } from './groupTimeCsv.ts';

describe('groupTimeCsv', () => {
  it('quotes every cell and never lets a name be read as a formula', () => {
    const csv = groupTimeCsv([
      {
        userId: 'a',
        displayName: '=HYPERLINK("http://x")',
        attendedMinutes: 75,
        addedMinutes: 30,
        workshops: 2,
        shared: false,
      },
      { userId: 'b', displayName: 'Siân "Sam" Jones', attendedMinutes: 0, addedMinutes: 0, workshops: 0, shared: true },
    ]);
    const [header, first, second] = csv.replace('\uFEFF', '').split('\r\n');
    expect(header).toBe(
      '"Name","Workshops attended","Hours at workshops (recorded)","Hours added by the person","Hours in all"',
    );
    expect(first).toBe('"\'=HYPERLINK(""http://x"")","2","1.25","0.50","1.75"');
    expect(second).toBe('"Siân ""Sam"" Jones","0","0.00","0.00","0.00"');
  });
});
