const sizeFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** "840 KB", "2.4 MB": sizes as file managers show them, rounded to what a person can take in. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${sizeFormat.format(bytes / (1024 * 1024))} MB`;
}
