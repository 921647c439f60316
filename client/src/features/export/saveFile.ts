/** Long enough for any browser to have started writing the file before its address goes. */
const KEEP_ADDRESS_MS = 60_000;

/**
 * Hands a file already in memory to the browser to save, under the given name, as a
 * download link would. The object URL is let go of later, not at once: some browsers
 * read it only after the click has returned.
 */
export function saveFile(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), KEEP_ADDRESS_MS);
}
