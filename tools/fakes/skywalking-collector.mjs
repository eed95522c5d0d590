// A stand-in for the SkyWalking OAP collector, speaking its real gRPC protocol through the generated
// stubs that skywalking-backend-js ships (the package has no .proto files). Tests point agents at it
// with SW_AGENT_COLLECTOR_BACKEND_SERVICES=127.0.0.1:<port> and inspect the segments it received.
//
// In-process:  const c = await startCollector({ port: 0 }); ...; await c.close();
// As a process: node tools/fakes/skywalking-collector.mjs [--port N]
//   prints {"event":"listening","port":N} then one {"event":"segment","segment":{...}} line per segment,
//   which lets CommonJS test runners (that cannot import ES modules) drive it from a child process.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const grpc = require('@grpc/grpc-js');
const {
  TraceSegmentReportServiceService,
} = require('skywalking-backend-js/lib/proto/language-agent/Tracing_grpc_pb');
const {
  ManagementServiceService,
} = require('skywalking-backend-js/lib/proto/management/Management_grpc_pb');
const { Commands } = require('skywalking-backend-js/lib/proto/common/Common_pb');

/**
 * @typedef {{ service: string, serviceInstance: string }} InstanceReport
 * @typedef {{
 *   port: number,
 *   segments: object[],
 *   instances: InstanceReport[],
 *   onSegment: (listener: (segment: object) => void) => void,
 *   waitForSegments: (predicate: (segments: object[]) => boolean, timeoutMs?: number) => Promise<object[]>,
 *   close: () => Promise<void>,
 * }} Collector
 */

/**
 * Starts the collector on 127.0.0.1. Segments are stored as the stubs' `toObject()` form:
 * `{ traceid, tracesegmentid, service, serviceinstance, spansList: [{ operationname, spantype,
 * spanlayer, peer, refsList: [{ parentservice, parenttracesegmentid, parentendpoint, ... }] }] }`.
 * @param {{ port?: number }} [options]
 * @returns {Promise<Collector>}
 */
export async function startCollector({ port = 0 } = {}) {
  /** @type {object[]} */
  const segments = [];
  /** @type {InstanceReport[]} */
  const instances = [];
  /** @type {Set<() => void>} */
  const waiters = new Set();
  /** @type {Array<(segment: object) => void>} */
  const listeners = [];

  const server = new grpc.Server();
  server.addService(TraceSegmentReportServiceService, {
    // The agent streams segments over one `collect` call per flush (every second).
    collect(call, callback) {
      call.on('data', (segment) => record(segment.toObject()));
      call.on('end', () => callback(null, new Commands()));
      call.on('error', () => undefined);
    },
    collectInSync(call, callback) {
      for (const segment of call.request.getSegmentsList()) record(segment.toObject());
      callback(null, new Commands());
    },
  });
  server.addService(ManagementServiceService, {
    reportInstanceProperties(call, callback) {
      instances.push({
        service: call.request.getService(),
        serviceInstance: call.request.getServiceinstance(),
      });
      callback(null, new Commands());
    },
    keepAlive(_call, callback) {
      callback(null, new Commands());
    },
  });

  function record(segment) {
    segments.push(segment);
    for (const listener of listeners) listener(segment);
    for (const wake of [...waiters]) wake();
  }

  const boundPort = await new Promise((resolve, reject) => {
    server.bindAsync(`127.0.0.1:${port}`, grpc.ServerCredentials.createInsecure(), (err, p) =>
      err ? reject(err) : resolve(p),
    );
  });

  return {
    port: boundPort,
    segments,
    instances,
    onSegment(listener) {
      listeners.push(listener);
    },
    waitForSegments(predicate, timeoutMs = 15000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (!predicate(segments)) return false;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(segments);
          return true;
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          const seen = segments.map(
            (s) => `${s.service}:${s.spansList.map((sp) => sp.operationname)}`,
          );
          reject(
            new Error(`collector: no matching segments within ${timeoutMs} ms; got [${seen}]`),
          );
        }, timeoutMs);
        if (!check()) waiters.add(check);
      });
    },
    close() {
      for (const wake of waiters) waiters.delete(wake);
      return new Promise((resolve) => {
        // tryShutdown waits for open agent streams; forceShutdown afterwards guarantees a bounded close.
        const force = setTimeout(() => server.forceShutdown(), 1000);
        server.tryShutdown(() => {
          clearTimeout(force);
          resolve();
        });
      });
    },
  };
}

async function main() {
  const portArg = process.argv.indexOf('--port');
  const port = portArg > 0 ? Number(process.argv[portArg + 1]) : 0;
  const collector = await startCollector({ port });
  const emit = (line) => process.stdout.write(`${JSON.stringify(line)}\n`);
  collector.onSegment((segment) => emit({ event: 'segment', segment }));
  emit({ event: 'listening', port: collector.port });
  const stop = () => collector.close().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
