import type { PhrasingItem } from './phrasing-item.js';
import { TUNING_SET } from './tuning-set.js';
import { TUNING_SET_2 } from './tuning-set-2.js';
import { TUNING_SET_3 } from './tuning-set-3.js';
import { TUNING_SET_4 } from './tuning-set-4.js';
import { TUNING_SET_5 } from './tuning-set-5.js';
import { TUNING_SET_6 } from './tuning-set-6.js';

/**
 * Every tuning phrasing: what the default registry's learned scorer trains on. The held-out sets stay
 * with the tests, and none of them may be added here.
 */
export const TUNING_PHRASINGS: readonly PhrasingItem[] = [...TUNING_SET, ...TUNING_SET_2, ...TUNING_SET_3, ...TUNING_SET_4, ...TUNING_SET_5, ...TUNING_SET_6];
