import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/** The fake Nacos of tools/fakes/fake-nacos.mjs, driven from a worker thread (Jest cannot import .mjs here). */
export interface FakeNacosHandle {
  readonly port: number;
  readonly url: string;
  setConfig(dataId: string, group: string, content: string): Promise<void>;
  removeConfig(dataId: string, group: string): Promise<void>;
  instances(serviceName: string): Promise<Array<Record<string, unknown>>>;
  close(): Promise<void>;
}

const FAKE_URL = pathToFileURL(
  path.resolve(__dirname, '../../../../tools/fakes/fake-nacos.mjs'),
).href;

// Runs in the worker as a CommonJS script, so the native dynamic import() loads the .mjs.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
import(workerData.url).then(async ({ startFakeNacos }) => {
  const fake = await startFakeNacos(workerData.options);
  parentPort.on('message', async ({ id, op, args }) => {
    try {
      const result = await fake[op](...args);
      parentPort.postMessage({ id, result });
    } catch (err) {
      parentPort.postMessage({ id, error: String(err && err.stack || err) });
    }
  });
  parentPort.postMessage({ ready: true, port: fake.port, url: fake.url });
}, (err) => parentPort.postMessage({ ready: false, error: String(err && err.stack || err) }));
`;

interface WorkerReply {
  id?: number;
  ready?: boolean;
  port?: number;
  url?: string;
  result?: unknown;
  error?: string;
}

export async function startFakeNacos(
  options: { port?: number; cacheMillis?: number; longPollMaxMs?: number } = {},
): Promise<FakeNacosHandle> {
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { url: FAKE_URL, options: { port: 0, ...options } },
  });
  const pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  let nextId = 1;
  const started = new Promise<{ port: number; url: string }>((resolve, reject) => {
    worker.once('error', reject);
    worker.on('message', (reply: WorkerReply) => {
      if (reply.ready === true) resolve({ port: reply.port as number, url: reply.url as string });
      else if (reply.ready === false) reject(new Error(reply.error));
      else if (reply.id !== undefined) {
        const call = pending.get(reply.id);
        pending.delete(reply.id);
        if (reply.error) call?.reject(new Error(reply.error));
        else call?.resolve(reply.result);
      }
    });
  });
  const { port, url } = await started;
  const call = <T>(op: string, ...args: unknown[]): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      worker.postMessage({ id, op, args });
    });
  let closed: Promise<void> | undefined;
  return {
    port,
    url,
    setConfig: (dataId, group, content) => call('setConfig', dataId, group, content),
    removeConfig: (dataId, group) => call('removeConfig', dataId, group),
    instances: (serviceName) => call('instances', serviceName),
    close() {
      closed ??= call('close').then(async () => {
        await worker.terminate();
      });
      return closed;
    },
  };
}
