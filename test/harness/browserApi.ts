import { API_OPS, type Api, type ApiEnvelope } from '../../shared/api/contract';
import { unwrapEnvelope } from '../../shared/api/envelope';

// In a plain browser there is no preload: this script gives the renderer the same window.api over HTTP.
const api = Object.fromEntries(
  API_OPS.map((op) => [
    op,
    async (arg?: unknown) => {
      const response = await fetch(`./api/${op}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ arg }),
      });
      return unwrapEnvelope((await response.json()) as ApiEnvelope<unknown>);
    },
  ]),
) as unknown as Api;
// A plain browser has no application menu.
api.onMenuCommand = () => () => {};

Object.defineProperty(window, 'api', { value: Object.freeze(api), writable: false });
