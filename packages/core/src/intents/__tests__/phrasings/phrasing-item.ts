/** The phrasing-set shape lives with the tuning sets the router trains on; the held-out sets here share it. */
export type { ExpectedParams, PhrasingClass, PhrasingItem } from '../../training/phrasing-item.js';
