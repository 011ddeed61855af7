import type { Route } from '../handler/route.js';
import { healthRoute } from './health.js';

/** Every route the handler serves, relative to `basePath`. */
export const defaultRoutes: readonly Route[] = [healthRoute];
