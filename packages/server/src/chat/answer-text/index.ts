export { ANSWER_TEMPLATES, describeAnswer, type AnswerTemplate } from './describe-answer.js';
