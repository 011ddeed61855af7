export { createSupportAIHandler, type SupportAIHandler } from './create-handler.js';
export type { SupportAIHandlerOptions } from './handler-options.js';
export type { UnexpectedErrorDetails, UnexpectedErrorReporter } from './with-error-boundary.js';
