/** Thrown when the host did not wire the callback an action needs (answered as 501). */
export class ActionNotConfiguredError extends Error {
  constructor(readonly action: string) {
    super(`The host has not wired actions.${action}; nothing was sent.`);
    this.name = 'ActionNotConfiguredError';
  }
}
