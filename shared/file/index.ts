export { isSafeExternalUrl } from './externalUrl';
export { tandemFileName } from './fileName';
export {
  CURRENT_FORMAT_VERSION,
  MAX_FILE_BYTES,
  MAX_NESTING_DEPTH,
  PlaybookFile,
  PlanFile,
  TANDEM_FILE_EXTENSION,
  TANDEM_FORMAT,
  TANDEM_KINDS,
  type TandemFile,
  type TandemKind,
} from './format';
export { fileSizeProblem, loadTandemBytes, loadTandemFile, type LoadOptions, type TandemLoadError, type TandemLoadErrorCode, type TandemLoadResult } from './load';
export { TANDEM_MIGRATIONS, type FormatMigration, type MigrationSequence } from './migrations';
export { oneLine } from './oneLine';
export { remapIds } from './remapIds';
export { serializePlanFile, serializeTandemFile, type SerializeOptions } from './serialize';
