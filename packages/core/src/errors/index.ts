export { SupportAIError, type InputIssue } from './supportai-error.js';
export { ForbiddenError, NotFoundError } from './access-errors.js';
