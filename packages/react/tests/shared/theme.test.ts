import { describe, expect, it } from 'vitest';
import { formatMessage, messagesDe, messagesEn, resolveMessages, themeVariables } from '../../src/shared/index.js';

describe('themeVariables', () => {
  it('maps tokens to the widget root\'s CSS variables and drops values that could break out of the declaration', () => {
    expect(themeVariables({ accent: '#0b5cff', radius: '4px', zIndex: 50, text: 'red; } body { display: none' })).toEqual({ '--sai-accent': '#0b5cff', '--sai-radius': '4px', '--sai-z-index': '50' });
    expect(themeVariables(undefined)).toEqual({});
  });
});

describe('messages', () => {
  it('the German dictionary has every message id and keeps every placeholder', () => {
    for (const id of Object.keys(messagesEn) as (keyof typeof messagesEn)[]) {
      const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
      expect(messagesDe[id], id).toBeTruthy();
      expect(placeholders(messagesDe[id]), id).toEqual(placeholders(messagesEn[id]));
    }
  });

  it('a partial override keeps English for the rest, and a missing value stays visible', () => {
    const messages = resolveMessages({ 'chat.send': 'Ask' });
    expect(messages['chat.send']).toBe('Ask');
    expect(messages['chat.stop']).toBe('Stop');
    expect(formatMessage('Try again in {seconds} s ({unknown})', { seconds: 5 })).toBe('Try again in 5 s ({unknown})');
  });
});
