import { type ExportFormat, exportFormatLabels, exportFormats } from '@roundtable/shared';
import type { RadioCardOption } from '../../components/RadioCardGroup.tsx';

/** What each format is good for, in the words of someone choosing one, not a file type's. */
const uses: Record<ExportFormat, string> = {
  docx: 'For editing in Word and putting into council templates.',
  pdf: 'For printing, or sharing a copy that should not change. Screen readers can read it.',
  html: 'For publishing on a website. Opens in any web browser.',
  md: 'Plain text with simple formatting, for websites and tools that use Markdown.',
};

export const exportFormatOptions: readonly RadioCardOption<ExportFormat>[] = exportFormats.map((format) => ({
  value: format,
  label: exportFormatLabels[format],
  description: uses[format],
}));
