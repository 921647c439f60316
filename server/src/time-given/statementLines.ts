import { formatMinutes, type TimeStatementResponse } from '@roundtable/shared';

/** What a statement of time given says, in the order it says it: the same words on the page and in the PDF. */
export interface StatementLines {
  title: string;
  facts: string[];
  workshopsHeading: string;
  workshops: string[];
  workshopsTotal: string;
  addedHeading: string;
  addedNote: string;
  added: string[];
  addedTotal: string;
  total: string;
}

const day = (at: string, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone, day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(at));
const clock = (at: string, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit' }).format(new Date(at));
const calendarDay = (isoDay: string) => day(`${isoDay}T12:00:00Z`, 'UTC');

/** A statement a time-credit scheme or a manager would accept: who, for which project, when, and how long. */
export function statementLines(statement: TimeStatementResponse): StatementLines {
  const name = statement.person.displayName;
  const times = statement.workshops.map((each) => `${day(each.firstAt, each.timeZone)}`);
  const dates = [...times, ...statement.entries.map((entry) => calendarDay(entry.workedOn))];
  return {
    title: `Time given by ${name}`,
    facts: [
      `Project: ${statement.projectName}`,
      `Person: ${name}`,
      dates.length > 0 ? `Dates: ${[...new Set(dates)].join('; ')}` : 'Dates: none yet',
      `Statement made on ${day(statement.madeAt, 'UTC')} by Roundtable.`,
    ],
    workshopsHeading: 'Time at workshops (recorded by Roundtable)',
    workshops: statement.workshops.map(
      (each) =>
        `${day(each.firstAt, each.timeZone)}, ${clock(each.firstAt, each.timeZone)} to ${clock(each.lastAt, each.timeZone)}: ${each.title} — ${formatMinutes(each.minutes)}${each.inRoom ? ' (in the room, ticked by the facilitator)' : ''}`,
    ),
    workshopsTotal: `Total at workshops: ${formatMinutes(statement.attendedMinutes)}`,
    addedHeading: `Time ${name} added themselves`,
    addedNote: 'Work between meetings, as the person recorded it. Not checked by Roundtable.',
    added: statement.entries.map(
      (entry) => `${calendarDay(entry.workedOn)}: ${entry.description} — ${formatMinutes(entry.minutes)}`,
    ),
    addedTotal: `Total added: ${formatMinutes(statement.addedMinutes)}`,
    total: `Time given in all: ${formatMinutes(statement.attendedMinutes + statement.addedMinutes)}`,
  };
}
