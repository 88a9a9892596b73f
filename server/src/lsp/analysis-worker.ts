// Worker thread: analyses documents for the language server's pool (see analysis-pool.ts).

import { parentPort } from 'node:worker_threads';
import { analyzeDocumentData, warmUp, type Context } from '../core/index';

export interface WorkerRequest {
  id: number;
  ctx: Context;
  docs: { key: string; text: string }[];
}

/**
 * Warm up in small steps while idle: real work arriving stops it, so a file opened right at start-up is
 * not slowed down by the warm-up, and a file opened later finds the worker fully optimised.
 */
let warming = true;
let rounds = 0;
const warmStep = (): void => {
  if (!warming || rounds >= 300) return;
  warmUp(5);
  rounds += 5;
  setImmediate(warmStep);
};
setImmediate(warmStep);

parentPort?.on('message', (req: WorkerRequest) => {
  warming = false;
  const results = req.docs.map((d) => {
    try {
      return { key: d.key, data: analyzeDocumentData(d.text, req.ctx) };
    } catch (e) {
      return { key: d.key, error: String(e) };
    }
  });
  parentPort!.postMessage({ id: req.id, results });
});
