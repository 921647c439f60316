/** A section as people read it: '' is the text before the first heading. */
export function sectionName(section: string): string {
  return section === '' ? 'Start of the document' : section;
}
