import {
  type ComposedExport,
  type ExportFormat,
  exportContentTypes,
  htmlFromExport,
  markdownFromExport,
} from '@roundtable/shared';
import { docxFromExport } from './docxFromExport.ts';
import { pdfFromExport } from './pdfFromExport.ts';

export interface ExportFile {
  filename: string;
  contentType: string;
  body: Buffer;
}

/** Writes a composed export in the chosen format. */
export async function exportFile(
  composed: ComposedExport,
  format: ExportFormat,
  filename: string,
): Promise<ExportFile> {
  const body = await write(composed, format);
  return { filename, contentType: exportContentTypes[format], body };
}

function write(composed: ComposedExport, format: ExportFormat): Promise<Buffer> {
  switch (format) {
    case 'docx':
      return docxFromExport(composed);
    case 'pdf':
      return pdfFromExport(composed);
    case 'html':
      return Promise.resolve(Buffer.from(htmlFromExport(composed), 'utf8'));
    case 'md':
      return Promise.resolve(Buffer.from(markdownFromExport(composed), 'utf8'));
  }
}
