import type { ApiHandlers } from '../../shared/api/contract';
import { TandemError } from '../../shared/api/errors';
import { FileWriteError, writeFileAtomically } from '../files/writeFileAtomically';

export interface FileSavingOptions {
  /** Asks the user where to save a file (the native Save dialog); undefined when they cancelled. */
  chooseSavePath?: (fileName: string) => Promise<string | undefined>;
}

/**
 * Saving exports through the main process rather than as a browser download: the file is written
 * beside its target and renamed into place, so a full disk or a crash leaves the old file (or
 * nothing), never half an export, and a failure comes back to the window as one line to show.
 */
export function createFileHandlers(options: FileSavingOptions): Pick<ApiHandlers, 'fileSaving' | 'saveFile'> {
  return {
    fileSaving: () => (options.chooseSavePath ? 'dialog' : 'download'),
    saveFile: async ({ fileName, encoding, content }) => {
      if (!options.chooseSavePath) throw new TandemError('failed', 'Files cannot be saved from here; they are downloaded instead.');
      const path = await options.chooseSavePath(fileName);
      if (!path) return null;
      try {
        writeFileAtomically(path, encoding === 'base64' ? Buffer.from(content, 'base64') : content, 'the file');
      } catch (error) {
        throw error instanceof FileWriteError ? new TandemError('failed', error.message) : error;
      }
      return { path };
    },
  };
}
