import { describe, expect, it } from 'vitest';
import { foldText, positionedTerms, termOf, termsOf, tokenize, wordsByTerm } from './terms.js';

describe('tokenize and termOf', () => {
  it('folds case, accents and apostrophes and splits on anything else', () => {
    expect(foldText('Don’t Café')).toBe('dont cafe');
    expect(tokenize('Reset-password e-mail (v2.1) won\'t arrive!')).toEqual(['reset', 'password', 'e', 'mail', 'v2', '1', 'wont', 'arrive']);
  });

  it('stems words, keeps numbers and drops stop words, single letters and junk', () => {
    expect(termOf('invoices')).toBe('invoic');
    expect(termOf('404')).toBe('404');
    expect(termOf('the')).toBeNull();
    expect(termOf('e')).toBeNull();
    expect(termOf('a'.repeat(41))).toBeNull();
    expect(termsOf('Hi, the invoices are wrong again')).toEqual(['invoic', 'wrong']);
  });

  it('handles empty text', () => {
    expect(tokenize('')).toEqual([]);
    expect(termsOf('   ')).toEqual([]);
    expect(positionedTerms('')).toEqual([]);
  });
});

describe('positionedTerms and wordsByTerm', () => {
  it('locates each indexable word in the original text', () => {
    const text = 'Résumé: exporting CSVs';
    expect(positionedTerms(text)).toEqual([
      { word: 'Résumé', term: 'resum', start: 0, end: 6 },
      { word: 'exporting', term: 'export', start: 8, end: 17 },
      { word: 'CSVs', term: 'csv', start: 18, end: 22 },
    ]);
  });

  it('keeps the first written form of each term', () => {
    expect(wordsByTerm('Exports failed; export today')).toEqual(new Map([['export', 'exports'], ['fail', 'failed'], ['todai', 'today']]));
  });
});
