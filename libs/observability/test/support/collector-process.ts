import * as path from 'node:path';
import { spawnJsonLines, WORKSPACE_ROOT } from './child-process';

/** The parts of a reported segment (the stubs' toObject() form) the tests read. */
export interface SegmentRef {
  parentservice: string;
  parentserviceinstance: string;
  parenttracesegmentid: string;
  networkaddressusedatpeer: string;
}
export interface SpanObject {
  operationname: string;
  spantype: number;
  peer: string;
  refsList: SegmentRef[];
}
export interface SegmentObject {
  traceid: string;
  tracesegmentid: string;
  service: string;
  serviceinstance: string;
  spansList: SpanObject[];
}

export const SPAN_TYPE = { entry: 0, exit: 1, local: 2 } as const;

export interface CollectorProcess {
  port: number;
  segments(): SegmentObject[];
  waitForSegments(predicate: (segments: SegmentObject[]) => boolean): Promise<SegmentObject[]>;
  close(): Promise<void>;
}

/**
 * Runs tools/fakes/skywalking-collector.mjs in a child process: Jest's CommonJS runtime cannot import
 * an ES module, so its CLI mode reports each segment as a JSON line instead.
 */
export async function startCollectorProcess(): Promise<CollectorProcess> {
  const script = path.join(WORKSPACE_ROOT, 'tools/fakes/skywalking-collector.mjs');
  const proc = spawnJsonLines([script, '--port', '0'], { ...process.env }, 'collector');
  const listening = await proc.waitForLine((line) => line['event'] === 'listening');
  const segments = () =>
    proc.lines
      .filter((line) => line['event'] === 'segment')
      .map((line) => line['segment'] as SegmentObject);
  return {
    port: listening['port'] as number,
    segments,
    async waitForSegments(predicate) {
      await proc.waitForLine(() => predicate(segments()));
      return segments();
    },
    close: () => proc.stop(),
  };
}
