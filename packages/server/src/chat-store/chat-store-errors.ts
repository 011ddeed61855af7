import { SupportAIError } from '@supportai/core';

/** A write to a thread the user does not own; answered as 404 so thread ids reveal nothing. */
export class ThreadOwnershipError extends SupportAIError {
  constructor(readonly threadId: string) {
    super('thread_not_found', `No chat thread "${threadId}"`);
  }
}
