// Analyses the uncached documents of a large file on worker threads, so a big file's first diagnostics
// come sooner (the documents are spread over the cores) and the main thread stays free to answer
// requests while they are computed. Small files and single-document edits never come here.

import { Worker } from 'node:worker_threads';
import * as os from 'node:os';
import * as path from 'node:path';
import type { AnalysisCache, Context, DocData } from '../core/index';
import type { WorkerRequest } from './analysis-worker';

interface WorkerResponse {
  id: number;
  results: { key: string; data?: DocData; error?: string }[];
}

/** Fewer pending documents than this are analysed in place. */
export const POOL_THRESHOLD = 24;

/**
 * Worker threads pay off only with cores to spare: measured on 2 vCPUs (one SMT core), two workers
 * analysed a 200-VM file barely faster than the main thread alone, cost ~100 MB and slowed a file opened
 * right at start-up (cold workers). With 4 or more CPUs the server uses them.
 */
export function poolWorthIt(): boolean {
  if (process.env.VIRTWIRE_WORKERS === '0') return false;
  if (process.env.VIRTWIRE_WORKERS === '1') return true;
  return (os.availableParallelism?.() ?? os.cpus().length) >= 4;
}

export class AnalysisPool {
  private readonly workers: Worker[] = [];
  private readonly waiting = new Map<number, (r: WorkerResponse) => void>();
  private nextId = 1;
  private failed = false;

  constructor(size = Math.max(1, Math.min(4, os.availableParallelism?.() ?? os.cpus().length))) {
    const script = path.join(__dirname, 'analysis-worker.js');
    for (let i = 0; i < size; i++) {
      try {
        const w = new Worker(script);
        w.unref();
        w.on('message', (r: WorkerResponse) => {
          const done = this.waiting.get(r.id);
          this.waiting.delete(r.id);
          done?.(r);
        });
        w.on('error', () => {
          this.failed = true;
        });
        this.workers.push(w);
      } catch {
        this.failed = true;
      }
    }
  }

  get usable(): boolean {
    return !this.failed && this.workers.length > 0;
  }

  /** Analyses `docs` across the workers and stores the results in `cache`. */
  async analyze(docs: { key: string; text: string }[], ctx: Context, cache: AnalysisCache): Promise<void> {
    if (!this.usable || docs.length === 0) return;
    const n = this.workers.length;
    const size = Math.ceil(docs.length / n);
    const jobs: Promise<WorkerResponse>[] = [];
    for (let i = 0; i < n; i++) {
      const slice = docs.slice(i * size, (i + 1) * size);
      if (slice.length === 0) continue;
      const id = this.nextId++;
      const req: WorkerRequest = { id, ctx, docs: slice.map((d, j) => ({ key: String(i * size + j), text: d.text })) };
      jobs.push(
        new Promise<WorkerResponse>((resolve) => {
          this.waiting.set(id, resolve);
          this.workers[i]!.postMessage(req);
        }),
      );
    }
    for (const r of await Promise.all(jobs)) {
      for (const res of r.results) {
        const doc = docs[Number(res.key)];
        if (res.data && doc) cache.put(doc.key, doc.text, res.data);
      }
    }
  }

  dispose(): void {
    for (const w of this.workers) void w.terminate();
    this.workers.length = 0;
  }
}
