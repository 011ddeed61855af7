import type { Viewer } from '@supportai/core';
import type { ServerContext } from '../server-context.js';

/** The HTTP methods the handler routes on. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What a route handler receives besides the request. */
export interface RouteContext {
  request: Request;
  url: URL;
  /** Path parameters by name: `/tickets/:ticketId` → `{ ticketId }` (URI-decoded). */
  params: Record<string, string>;
}

/** What an authenticated route receives: the viewer every read is scoped to, and the host's wiring. */
export interface ViewerRouteContext extends RouteContext {
  viewer: Viewer;
  server: ServerContext;
  /** The request body as JSON, read within the size limit (413) and parsed (400 on bad JSON). */
  readJson(): Promise<unknown>;
}

/** One endpoint: a method and a path relative to `basePath`, e.g. `GET /tickets/:ticketId`. */
export type Route = PublicRoute | ViewerRoute;

interface RouteBase {
  method: HttpMethod;
  /** Path below `basePath`, starting with `/`; `:name` segments are parameters. */
  path: string;
  /** One line for the route list (`GET /`) and docs/server.md. */
  summary: string;
}

/** Facts about where and how the handler is mounted, for the route list. */
export interface MountFacts {
  basePath: string;
  routes: readonly Route[];
  server: ServerContext;
  about: (() => Record<string, unknown>) | undefined;
}

/** Answers without authentication (health, the route list). */
export interface PublicRoute extends RouteBase {
  access: 'public';
  handle(context: RouteContext & { mount: MountFacts }): Response | Promise<Response>;
}

/** Needs a viewer: 401 without one, 429 over the rate limit. */
export interface ViewerRoute extends RouteBase {
  access: 'viewer';
  handle(context: ViewerRouteContext): Response | Promise<Response>;
}
