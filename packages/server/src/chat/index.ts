export { handleChatRequest, type ChatRequestInput } from './handle-chat-request.js';
export { parseChatRequest, type ChatRequest } from './chat-request.js';
export type { ChatUIMessage } from './data-parts.js';
export { systemPromptFor } from './system-prompt.js';
export { intentToolSet, type IntentToolOutput, type IntentToolSetOptions } from './intent-tool-set.js';
