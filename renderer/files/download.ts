import type { SaveFileArg } from '../../shared/api/fileOps';

let saving: Promise<'dialog' | 'download'> | undefined;

/**
 * Hands a file to the user. In the app the main process asks where (the native Save dialog) and
 * writes it whole or not at all, so a full disk is reported instead of leaving half a file; in a
 * plain browser it is a download. Answers what to tell the user was written (the path, or the
 * downloaded file's name), or null when they cancelled the dialog. A failure rejects with one line.
 */
export async function offerDownload(content: string | Blob, fileName: string, mime: string): Promise<string | null> {
  saving ??= Promise.resolve()
    .then(() => window.api.fileSaving())
    .catch(() => 'download' as const);
  if ((await saving) === 'dialog') {
    const arg: SaveFileArg =
      typeof content === 'string' ? { fileName, encoding: 'utf8', content } : { fileName, encoding: 'base64', content: await toBase64(content) };
    const saved = await window.api.saveFile(arg);
    return saved?.path ?? null;
  }
  const blob = typeof content === 'string' ? new Blob([content], { type: `${mime};charset=utf-8` }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The blob URL is released once the download has started.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return fileName;
}

async function toBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  // In slices: String.fromCharCode with a whole image as arguments overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
