export { describeAnswer, type AnswerTemplate } from './describe-answer.js';
