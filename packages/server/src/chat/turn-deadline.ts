/** One signal for the model call: aborted when the client goes away or when the turn runs out of time. */
export interface TurnDeadline {
  signal: AbortSignal;
  /** The time ran out (as opposed to the client going away). */
  readonly timedOut: boolean;
  /** Clears the timer and the listener; call when the model call is over. */
  dispose(): void;
}

/** Thrown into the model call when `timeoutMs` passed. */
export class ChatTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`The model did not finish within ${timeoutMs} ms`);
    this.name = 'ChatTimeoutError';
  }
}

export function createTurnDeadline(clientSignal: AbortSignal, timeoutMs: number): TurnDeadline {
  const controller = new AbortController();
  let timedOut = false;
  const onClientAbort = () => controller.abort(clientSignal.reason);
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new ChatTimeoutError(timeoutMs));
  }, timeoutMs);
  if (clientSignal.aborted) onClientAbort();
  else clientSignal.addEventListener('abort', onClientAbort, { once: true });
  return {
    signal: controller.signal,
    get timedOut() {
      return timedOut && !clientSignal.aborted;
    },
    dispose() {
      clearTimeout(timer);
      clientSignal.removeEventListener('abort', onClientAbort);
    },
  };
}
