import { describe, it } from 'vitest';
import { expectEveryPlantedSignal, SEEDS } from './__fixtures__/planted-signal-checks.js';
import { generateDemoDataset } from './index.js';

// The planted signals hold by construction, on any seed: 50 seeds of the demo size.
describe('planted signals on the demo size, seeds 1–50', () => {
  it.each(SEEDS)('seed %i: every signal of truth shows in the answers', (seed) => {
    expectEveryPlantedSignal(generateDemoDataset({ seed, size: 'small' }));
  });
});
