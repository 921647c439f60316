import type { ExportFormat } from './exportTypes.ts';

const MAX_NAME_LENGTH = 120;

/**
 * The file name for an export: "Our strategy – Draft for workshop 2.docx". Characters
 * that file systems refuse or that could change a path are replaced; the result may
 * hold any other letters, so HTTP needs an ASCII fallback as well (see the server).
 */
export function exportFilename(title: string, versionName: string, format: ExportFormat): string {
  const name = [clean(title) || 'Roundtable document', clean(versionName)].filter(Boolean).join(' – ');
  return `${Array.from(name).slice(0, MAX_NAME_LENGTH).join('').trim()}.${format}`;
}

/** A piece of a file or folder name that any file system accepts and that cannot change a path. */
export function fileNamePart(text: string, maxLength = MAX_NAME_LENGTH): string {
  return Array.from(clean(text)).slice(0, maxLength).join('').trim();
}

function clean(part: string): string {
  return (
    part
      .normalize('NFC')
      // Control characters, path separators and the characters Windows refuses.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this removes
      .replace(/[\u0000-\u001f\u007f-\u009f\\/:*?"<>|]+/g, ' ')
      .replace(/\s+/g, ' ')
      .replace(/^[\s.]+|[\s.]+$/g, '')
  );
}
