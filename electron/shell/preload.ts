import { contextBridge, ipcRenderer } from 'electron';
import { MENU_CHANNEL, MENU_COMMANDS, type Api, type ApiEnvelope, type ApiOp, type MenuCommand } from '../../shared/api/contract';
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
  putAssumptions: call('putAssumptions'),
  putLink: call('putLink'),
  deleteLinks: call('deleteLinks'),
  importPlaybookFile: call('importPlaybookFile'),
  importProgress: call('importProgress'),
  cancelImport: call('cancelImport'),
  takeLaunchFile: call('takeLaunchFile'),
  openExternalLink: call('openExternalLink'),
  replacePlaybook: call('replacePlaybook'),
  publishPlaybook: call('publishPlaybook'),
  startPlaybookVersion: call('startPlaybookVersion'),
  retirePlaybook: call('retirePlaybook'),
  listPlans: call('listPlans'),
  createPlan: call('createPlan'),
  getPlan: call('getPlan'),
  putPlan: call('putPlan'),
  deletePlan: call('deletePlan'),
  reviewPortfolio: call('reviewPortfolio'),
  chooseReviewFolder: call('chooseReviewFolder'),
  reviewPlanFolder: call('reviewPlanFolder'),
  portfolioProgress: call('portfolioProgress'),
  cancelPortfolioReview: call('cancelPortfolioReview'),
  proposePromotions: call('proposePromotions'),
  acceptPromotion: call('acceptPromotion'),
  getPreferences: call('getPreferences'),
  setAuthorName: call('setAuthorName'),
  listNotes: call('listNotes'),
  putNote: call('putNote'),
  resolveNote: call('resolveNote'),
  getOrigin: call('getOrigin'),
  listBackups: call('listBackups'),
  restoreBackup: call('restoreBackup'),
  getDataStatus: call('getDataStatus'),
  recoverFromBackup: call('recoverFromBackup'),
  startEmpty: call('startEmpty'),
  getStorageNotice: call('getStorageNotice'),
  fileSaving: call('fileSaving'),
  saveFile: call('saveFile'),
  makeEditableCopy: call('makeEditableCopy'),
  getAppPreferences: call('getAppPreferences'),
  setAppPreferences: call('setAppPreferences'),
  noteOpened: call('noteOpened'),
  listRecent: call('listRecent'),
  clearRecent: call('clearRecent'),
  takeLastOpen: call('takeLastOpen'),
  onMenuCommand: (listener) => {
    const handler = (_event: unknown, command: unknown) => {
      if (MENU_COMMANDS.includes(command as MenuCommand)) listener(command as MenuCommand);
    };
    ipcRenderer.on(MENU_CHANNEL, handler);
    return () => ipcRenderer.removeListener(MENU_CHANNEL, handler);
  },
} satisfies Api;

contextBridge.exposeInMainWorld('api', api);
