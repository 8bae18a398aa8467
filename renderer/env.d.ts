/// <reference types="vite/client" />
import type { Api } from '../shared/api/contract';

declare global {
  interface Window {
    /** The typed API to the main process, exposed by the preload (or by the test bridge in a plain browser). */
    readonly api: Api;
  }
}
