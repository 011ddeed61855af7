/** The logger the handler writes to; `console` fits, and so do pino or winston instances. */
export interface Logger {
  info(message: string, details?: Record<string, unknown>): void;
  warn(message: string, details?: Record<string, unknown>): void;
  error(message: string, details?: Record<string, unknown>): void;
}

/** Logs nothing: for tests and hosts that log elsewhere. */
export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

/** Writes to the console with a `[supportai]` prefix. */
export const consoleLogger: Logger = {
  info: (message, details) => console.info(`[supportai] ${message}`, details ?? ''),
  warn: (message, details) => console.warn(`[supportai] ${message}`, details ?? ''),
  error: (message, details) => console.error(`[supportai] ${message}`, details ?? ''),
};
