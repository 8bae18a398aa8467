import { Worker } from 'node:worker_threads';

/** Bodies up to this size parse in place: a worker costs more than it saves. */
const IN_PLACE_BYTES = 1024 * 1024;

const PARSER = `
const { parentPort, workerData } = require('node:worker_threads');
try {
  parentPort.postMessage({ ok: true, value: JSON.parse(Buffer.from(workerData).toString('utf8')) });
} catch (error) {
  parentPort.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
}`;

/**
 * Parses a request body as JSON. A large one (a file being imported) is decoded and parsed on a
 * worker thread: on this thread, which serves every other call, a 40 MB body would take close to a
 * second. In the app the same argument arrives by IPC, already deserialised.
 */
export function parseJsonOffThread(body: Buffer): Promise<unknown> {
  if (body.length <= IN_PLACE_BYTES) return Promise.resolve(body.length ? JSON.parse(body.toString('utf8')) : undefined);
  // The bytes move to the worker rather than being copied when the body owns its whole buffer
  // (a large Buffer.concat result does); otherwise they are copied once.
  const own = body.byteOffset === 0 && body.byteLength === body.buffer.byteLength;
  const bytes = (own ? body.buffer : body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength)) as ArrayBuffer;
  return new Promise((resolve, reject) => {
    const worker = new Worker(PARSER, { eval: true, workerData: bytes, transferList: [bytes] });
    worker.once('message', (reply: { ok: true; value: unknown } | { ok: false; message: string }) => {
      void worker.terminate();
      if (reply.ok) resolve(reply.value);
      else reject(new Error(reply.message));
    });
    worker.once('error', reject);
  });
}
