import { describe, it } from 'vitest';
import { expectEveryPlantedSignal, MEDIUM_SIZE, SEEDS } from './__fixtures__/planted-signal-checks.js';
import { generateDemoDataset } from './index.js';

// The planted signals hold by construction, on any seed and size: 50 seeds of a medium size.
describe('planted signals on a medium size (120 accounts, 9,000 tickets), seeds 1–50', () => {
  it.each(SEEDS)('seed %i: every signal of truth shows in the answers', (seed) => {
    expectEveryPlantedSignal(generateDemoDataset({ seed, size: MEDIUM_SIZE }));
  });
});
