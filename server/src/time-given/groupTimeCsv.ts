import type { GroupTimeRow } from '@roundtable/shared';

/**
 * A cell as a spreadsheet reads it safely: quoted, and never taken for a formula (a name
 * starting with = + - @ could otherwise run one when the file is opened).
 */
function cell(value: string | number): string {
  const text = String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replaceAll('"', '""')}"`;
}

const hours = (minutes: number) => (minutes / 60).toFixed(2);

/** The group's time given, one person per row, hours with two decimals. */
export function groupTimeCsv(rows: readonly GroupTimeRow[]): string {
  const header = [
    'Name',
    'Workshops attended',
    'Hours at workshops (recorded)',
    'Hours added by the person',
    'Hours in all',
  ];
  const lines = rows.map((row) =>
    [
      row.displayName,
      row.workshops,
      hours(row.attendedMinutes),
      hours(row.addedMinutes),
      hours(row.attendedMinutes + row.addedMinutes),
    ]
      .map(cell)
      .join(','),
  );
  // A byte-order mark, so spreadsheets open names with accents correctly.
  return `\uFEFF${[header.map(cell).join(','), ...lines].join('\r\n')}\r\n`;
}
