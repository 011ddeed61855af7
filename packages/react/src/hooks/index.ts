export { useChatThread, useChatThreads, useFeedback, useIntentAnswer, useQuickActions, useTicketAssist } from './use-supportai-queries.js';
export { supportAIKeys } from './query-keys.js';
