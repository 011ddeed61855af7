export * from './statistics.js';
export * from './accounts/index.js';
export * from './team/index.js';
export * from './service-levels/index.js';
export * from './executive/index.js';
