import type { IpcMain, WebFrameMain } from 'electron';
import { API_OPS, type ApiEnvelope } from '../../shared/api/contract';
import { channelOf } from '../../shared/api/envelope';
import type { Dispatch } from '../api/dispatch';

/** One handler per contract operation; each checks who is asking, then hands the raw argument to the validating dispatcher. */
export function registerIpc(ipcMain: IpcMain, dispatch: Dispatch, isTrustedFrame: (frame: WebFrameMain | null) => boolean): void {
  for (const op of API_OPS) {
    ipcMain.handle(channelOf(op), (event, arg: unknown): Promise<ApiEnvelope<unknown>> | ApiEnvelope<unknown> => {
      if (!isTrustedFrame(event.senderFrame)) {
        return { ok: false, error: { code: 'failed', message: 'Refused: the request did not come from Tandem’s own window.' } };
      }
      return dispatch(op, arg);
    });
  }
}
