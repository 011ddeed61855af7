/** What a route handler receives besides the request. */
export interface RouteContext {
  request: Request;
  url: URL;
}

/** The HTTP methods the handler routes on. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One endpoint: a method and a path relative to `basePath`, e.g. `GET /health`. */
export interface Route {
  method: HttpMethod;
  /** Path below `basePath`, starting with `/`. */
  path: string;
  handle(context: RouteContext): Response | Promise<Response>;
}
