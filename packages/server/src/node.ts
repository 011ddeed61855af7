/**
 * `@supportai/server/node`: the Node adapter (Node's http, Express), kept apart so the main entry imports
 * no Node built-ins and runs on edge runtimes.
 */
export { toNodeHandler, type NodeRequestListener } from './adapters/node.js';
