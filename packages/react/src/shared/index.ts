/**
 * @supportai/react/shared — what server components and plain scripts may import: the data client, its
 * errors, theme types and their CSS variables, the message dictionaries. No React, no `'use client'`.
 */
export * from './client/index.js';
export { THEME_VARIABLES, themeVariables, type ColorScheme, type SupportAITheme } from './theme/theme.js';
export { messagesEn, type MessageId, type SupportAIMessages } from './i18n/messages-en.js';
export { messagesDe } from './i18n/messages-de.js';
export { formatMessage, resolveMessages, translatorOf, type MessageValues, type Translate } from './i18n/format-message.js';
export { describeError, type ErrorDescription } from './i18n/describe-error.js';
