// The warm-up: a representative manifest analysed in small steps after `initialized` until the first document
// arrives, so the first real analysis runs optimised code. Not at once: an editor opening a file sends its didOpen
// right after `initialized`, and that file's diagnostics should not wait for a warm-up step.

import { warmUp } from '../core/index';
import type { Feature } from './feature';

/** How long after `initialized` the warm-up starts when no document has been opened. */
const WARM_UP_DELAY_MS = 150;

export const warmUpFeature: Feature = {
  register() {},

  initialized(s) {
    let rounds = 0;
    const warmStep = (): void => {
      if (s.documents.all().length > 0 || rounds >= 300) return;
      warmUp(2);
      rounds += 2;
      setImmediate(warmStep);
    };
    setTimeout(warmStep, WARM_UP_DELAY_MS);
  },
};
