import { messagesEn, type MessageId, type SupportAIMessages } from './messages-en.js';

/** Values for a message's placeholders. */
export type MessageValues = Record<string, string | number>;

/**
 * Fills `{name}` placeholders; a placeholder without a value stays visible rather than vanishing.
 * @example formatMessage('Try again in {seconds} seconds.', { seconds: 30 })
 */
export function formatMessage(template: string, values: MessageValues = {}): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in values ? String(values[name]) : placeholder));
}

/** English with the host's overrides on top, so a partial dictionary never leaves a control unnamed. */
export function resolveMessages(overrides: Partial<SupportAIMessages> | undefined): SupportAIMessages {
  return overrides ? { ...messagesEn, ...overrides } : messagesEn;
}

/** A translate function over a dictionary. */
export type Translate = (id: MessageId, values?: MessageValues) => string;

export function translatorOf(messages: SupportAIMessages): Translate {
  return (id, values) => formatMessage(messages[id] ?? messagesEn[id], values);
}
