import { existsSync } from 'node:fs';

export interface PdfFonts {
  regular: string;
  bold: string;
  italic: string;
  boldItalic: string;
}

const DEJAVU = '/usr/share/fonts/truetype/dejavu';

/** PDF's built-in Helvetica: always there, but only Western European letters, and not embedded. */
const BUILT_IN: PdfFonts = {
  regular: 'Helvetica',
  bold: 'Helvetica-Bold',
  italic: 'Helvetica-Oblique',
  boldItalic: 'Helvetica-BoldOblique',
};

let found: PdfFonts | undefined;

/**
 * The fonts PDFs are written in. DejaVu Sans (Debian's fonts-dejavu-core) is embedded
 * when the machine has it: it covers Latin, Greek, Cyrillic and more, and PDF/UA asks
 * for embedded fonts. Without it, exports fall back to Helvetica. Neither shapes
 * right-to-left scripts or has Chinese, Japanese or Korean letters.
 */
export function pdfFonts(): PdfFonts {
  found ??= (() => {
    const dejavu: PdfFonts = {
      regular: `${DEJAVU}/DejaVuSans.ttf`,
      bold: `${DEJAVU}/DejaVuSans-Bold.ttf`,
      italic: `${DEJAVU}/DejaVuSans-Oblique.ttf`,
      boldItalic: `${DEJAVU}/DejaVuSans-BoldOblique.ttf`,
    };
    return Object.values(dejavu).every((file) => existsSync(file)) ? dejavu : BUILT_IN;
  })();
  return found;
}
