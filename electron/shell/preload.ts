import { contextBridge, ipcRenderer } from 'electron';
import type { Api, ApiEnvelope, ApiOp } from '../../shared/api/contract';
import { channelOf, unwrapEnvelope } from '../../shared/api/envelope';

// Each operation is a named function; the renderer never sees ipcRenderer itself.
const call = <K extends ApiOp>(op: K) =>
  (async (arg?: unknown) => unwrapEnvelope((await ipcRenderer.invoke(channelOf(op), arg)) as ApiEnvelope<unknown>)) as Api[K];

const api = {
  listPlaybooks: call('listPlaybooks'),
  listTemplates: call('listTemplates'),
  createPlaybook: call('createPlaybook'),
  getPlaybook: call('getPlaybook'),
  renamePlaybook: call('renamePlaybook'),
  duplicatePlaybook: call('duplicatePlaybook'),
  deletePlaybook: call('deletePlaybook'),
  saveViewport: call('saveViewport'),
  putStage: call('putStage'),
  reorderStages: call('reorderStages'),
  deleteStage: call('deleteStage'),
  putStep: call('putStep'),
  putSteps: call('putSteps'),
  deleteSteps: call('deleteSteps'),
  putLink: call('putLink'),
  deleteLinks: call('deleteLinks'),
  importPlaybookFile: call('importPlaybookFile'),
  takeLaunchFile: call('takeLaunchFile'),
  replacePlaybook: call('replacePlaybook'),
} satisfies Api;

contextBridge.exposeInMainWorld('api', api);
