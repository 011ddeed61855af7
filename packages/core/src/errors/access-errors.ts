import { SupportAIError } from './supportai-error.js';

/** The viewer may not see this (a 403 at the server): the message names who can. */
export class ForbiddenError extends SupportAIError {
  constructor(message: string) {
    super('forbidden', message);
  }
}

/** Nothing by that id within the viewer's scope (a 404: whether it exists elsewhere stays private). */
export class NotFoundError extends SupportAIError {
  constructor(what: string, id: string) {
    super('not_found', `No ${what} "${id}" in your scope`);
  }
}
