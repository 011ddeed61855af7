export { SupportAIError, type InputIssue } from './supportai-error.js';
