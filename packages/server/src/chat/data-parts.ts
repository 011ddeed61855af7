import type { UIMessage } from 'ai';
import type { ChatDataParts, ChatMessageMetadata } from '@supportai/core';

/**
 * A message of the SupportAI chat, for `useChat<ChatUIMessage>()`: AI SDK UI message with typed data parts.
 * @example message.parts.filter((part) => part.type === 'data-answer').map((part) => part.data.widget)
 */
export type ChatUIMessage = UIMessage<ChatMessageMetadata, ChatDataParts>;
