/**
 * @supportai/core — data contracts and pure functions. No React, no Node built-ins, no I/O.
 */
export * from './errors/index.js';
export * from './contracts/index.js';
export * from './sla/index.js';
export * from './intents/index.js';
export * from './data/index.js';
export * from './scoring/index.js';
export * from './retrieval/index.js';
export * from './widgets/index.js';
export * from './chat/index.js';
export * from './api/index.js';
