import type { ServerKind } from '../servers/ServerKind.ts';
import type { BenchmarkReport } from './BenchmarkReport.ts';
import { formatNumber, ratio } from './formatNumber.ts';

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const LABEL_WIDTH = 430;
const BAR_WIDTH = 360;
const ROW_HEIGHT = 34;
/** Ratios are drawn up to this; longer bars are cut and their value still printed. */
const MAX_RATIO = 3;

/**
 * A bar chart of Roundtable's ratio to bare Hocuspocus and to y-websocket for every
 * figure, with a line at 1 (the same). Labels carry the numbers, so nothing depends on
 * colour alone, and the title and description say what it shows.
 */
export function svgChart(report: BenchmarkReport): string {
  const rows: { label: string; hp: number | undefined; yw: number | undefined }[] = [];
  for (const scenario of report.scenarios) {
    const rt = scenario.servers.roundtable;
    if (!rt) continue;
    for (const figure of rt.figures) {
      const of = (kind: ServerKind) => scenario.servers[kind]?.figures.find((f) => f.key === figure.key)?.value;
      const hp = ratio(figure.value, of('hocuspocus'));
      const yw = ratio(figure.value, of('y-websocket'));
      if (hp === undefined && yw === undefined) continue;
      const direction = figure.better === 'lower' ? 'lower is better' : 'higher is better';
      rows.push({ label: `${scenario.id} ${figure.label} (${direction})`, hp, yw });
    }
  }
  const top = 70;
  const height = top + rows.length * ROW_HEIGHT + 30;
  const width = LABEL_WIDTH + BAR_WIDTH + 120;
  const x = (value: number) => LABEL_WIDTH + (Math.min(value, MAX_RATIO) / MAX_RATIO) * BAR_WIDTH;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="title desc" font-family="system-ui, sans-serif" font-size="12">`,
    '<title id="title">Roundtable compared with bare Hocuspocus and y-websocket</title>',
    `<desc id="desc">For each measured figure, two bars: Roundtable's value divided by bare Hocuspocus's (dark, solid) and by y-websocket's (light, hatched). A vertical line marks 1, where Roundtable equals the other server. Bars are cut at ${MAX_RATIO}; every bar is labelled with its ratio. Run of ${escapeXml(report.startedAt)}.</desc>`,
    '<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#9ecae1"/><line x1="0" y1="0" x2="0" y2="6" stroke="#3182bd" stroke-width="2"/></pattern></defs>',
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    '<text x="10" y="22" font-size="15" font-weight="bold">Roundtable ÷ other server, per figure</text>',
    `<rect x="10" y="34" width="14" height="10" fill="#08519c"/><text x="30" y="43">÷ bare Hocuspocus</text>`,
    `<rect x="160" y="34" width="14" height="10" fill="url(#hatch)" stroke="#3182bd"/><text x="180" y="43">÷ y-websocket</text>`,
  ];
  for (const [index, row] of rows.entries()) {
    const y = top + index * ROW_HEIGHT;
    parts.push(`<text x="10" y="${y + 16}">${escapeXml(row.label)}</text>`);
    const bar = (value: number | undefined, offset: number, fill: string, name: string) => {
      if (value === undefined) {
        parts.push(`<text x="${LABEL_WIDTH + 4}" y="${y + offset + 10}">${name}: —</text>`);
        return;
      }
      const end = x(value);
      parts.push(
        `<rect x="${LABEL_WIDTH}" y="${y + offset}" width="${Math.max(1, end - LABEL_WIDTH)}" height="12" fill="${fill}" stroke="#3182bd" stroke-width="0.5"><title>${name}: ${formatNumber(value)}</title></rect>`,
        `<text x="${end + 4}" y="${y + offset + 10}">${formatNumber(value)}${value > MAX_RATIO ? ' (cut)' : ''}</text>`,
      );
    };
    bar(row.hp, 2, '#08519c', 'Roundtable ÷ bare Hocuspocus');
    bar(row.yw, 16, 'url(#hatch)', 'Roundtable ÷ y-websocket');
  }
  const one = x(1);
  parts.push(
    `<line x1="${one}" y1="${top - 6}" x2="${one}" y2="${top + rows.length * ROW_HEIGHT}" stroke="#000" stroke-dasharray="4 3"/>`,
    `<text x="${one - 4}" y="${top - 10}">1</text>`,
    '</svg>',
  );
  return `${parts.join('\n')}\n`;
}
