import type { TimeStatementResponse } from '@roundtable/shared';
import PDFDocument from 'pdfkit';
import { pdfFonts } from '../export/pdfFonts.ts';
import { statementLines } from './statementLines.ts';

const MARGIN = 56;

/** A statement of time given as a tagged PDF: title, facts, the recorded time and the time added, each totalled. */
export async function statementPdf(statement: TimeStatementResponse): Promise<Buffer> {
  const lines = statementLines(statement);
  const fonts = pdfFonts();
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    pdfVersion: '1.7',
    tagged: true,
    lang: 'en-GB',
    displayTitle: true,
    info: { Title: lines.title, Author: statement.projectName, Creator: 'Roundtable' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  const root = doc.struct('Document');
  doc.addStructure(root);
  const write = (tag: 'H1' | 'H2' | 'P', text: string, font: string, size: number, gap: number) => {
    const element = doc.struct(tag);
    root.add(element);
    element.add(() => {
      doc.font(font).fontSize(size).fillColor('#1a1a1a').text(text, { paragraphGap: gap });
    });
    element.end();
  };
  write('H1', lines.title, fonts.bold, 20, 12);
  for (const fact of lines.facts) write('P', fact, fonts.regular, 12, 4);
  doc.moveDown();
  write('H2', lines.workshopsHeading, fonts.bold, 14, 8);
  for (const line of lines.workshops.length > 0 ? lines.workshops : ['None recorded yet.']) {
    write('P', line, fonts.regular, 12, 4);
  }
  write('P', lines.workshopsTotal, fonts.bold, 12, 4);
  doc.moveDown();
  write('H2', lines.addedHeading, fonts.bold, 14, 8);
  write('P', lines.addedNote, fonts.italic, 11, 6);
  for (const line of lines.added.length > 0 ? lines.added : ['None added.']) write('P', line, fonts.regular, 12, 4);
  write('P', lines.addedTotal, fonts.bold, 12, 4);
  doc.moveDown();
  write('P', lines.total, fonts.bold, 13, 4);
  root.end();
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}
