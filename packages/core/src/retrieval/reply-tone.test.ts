import { describe, expect, it } from 'vitest';
import { replyToneOf } from './reply-tone.js';

describe('replyToneOf', () => {
  it('lets the requested tone win over the customer’s mood', () => {
    expect(replyToneOf({ sentiment: 'very_negative' }, 'This is unacceptable!!!', { requested: 'formal' })).toEqual({ tone: 'formal', source: 'requested', evidence: ['formal'] });
  });

  it('answers negative sentiment with empathy', () => {
    expect(replyToneOf({ sentiment: 'negative' }, 'ok')).toEqual({ tone: 'empathetic', source: 'sentiment', evidence: ['negative'] });
  });

  it('reads upset words and shouting when there is no sentiment', () => {
    expect(replyToneOf({}, 'I am so frustrated, the export is STILL broken!!!')).toEqual({ tone: 'empathetic', source: 'keywords', evidence: ['frustrated', 'still broken', 'STILL', '!!!'] });
    expect(replyToneOf({}, 'This is the third time I ask')).toMatchObject({ tone: 'empathetic', evidence: ['third time'] });
  });

  it('does not take acronyms for shouting', () => {
    expect(replyToneOf({}, 'The SAML and HTTPS settings and the CSV export')).toEqual({ tone: 'friendly', source: 'default', evidence: [] });
  });

  it('is friendly with a happy customer and uses the default otherwise', () => {
    expect(replyToneOf({ sentiment: 'positive' }, 'Love the product')).toEqual({ tone: 'friendly', source: 'sentiment', evidence: ['positive'] });
    expect(replyToneOf({ sentiment: 'neutral' }, 'How do I export?', { defaultTone: 'formal' })).toEqual({ tone: 'formal', source: 'default', evidence: [] });
  });
});
