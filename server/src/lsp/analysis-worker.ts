// Worker thread: analyses documents for the language server's pool (see analysis-pool.ts).

import { parentPort } from 'node:worker_threads';
import { analyzeDocumentData } from '../core/analyze';
import type { Context } from '../core/context/context';
import { warmUp } from '../core/warmup';

export interface WorkerRequest {
  id: number;
  ctx: Context;
  docs: { key: string; text: string }[];
}

parentPort?.on('message', (req: WorkerRequest) => {
  const results = req.docs.map((d) => {
    try {
      return { key: d.key, data: analyzeDocumentData(d.text, req.ctx) };
    } catch (e) {
      return { key: d.key, error: String(e) };
    }
  });
  parentPort!.postMessage({ id: req.id, results });
});

warmUp();
