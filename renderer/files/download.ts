/**
 * Hands a file to the user: in Electron this opens the Save dialog, in a browser it downloads.
 * The blob URL is released once the save has started.
 */
export function offerDownload(content: string | Blob, fileName: string, mime: string): void {
  const blob = typeof content === 'string' ? new Blob([content], { type: `${mime};charset=utf-8` }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
