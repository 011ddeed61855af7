import { describe, expect, it } from 'vitest';
import { stripBoilerplate } from './boilerplate.js';

describe('stripBoilerplate', () => {
  it('removes the greeting, courtesy phrases and the signature', () => {
    const email = 'Hi team,\nI hope this email finds you well.\nThe CSV export is empty since Monday.\nThanks in advance!\n\nBest regards,\nAlex Chen\nAcme Corp';
    expect(stripBoilerplate(email)).toBe('The CSV export is empty since Monday.');
  });

  it('cuts a quoted earlier message and quoted lines', () => {
    const email = 'Still broken.\n> earlier text\nOn Mon, 2 Mar 2026 at 10:00, Sam <sam@example.com> wrote:\nold message';
    expect(stripBoilerplate(email)).toBe('Still broken.');
  });

  it('keeps a greeting word that starts a real sentence', () => {
    expect(stripBoilerplate('Hey my invoice is wrong and I need it fixed')).toBe('Hey my invoice is wrong and I need it fixed');
    expect(stripBoilerplate('Hello, my invoice is wrong')).toBe('my invoice is wrong');
  });

  it('never treats the first line as a signature', () => {
    expect(stripBoilerplate('Thanks!\nThe app crashes on launch')).toBe('The app crashes on launch');
    expect(stripBoilerplate('Cheers')).toBe('Cheers');
  });

  it('drops "Sent from my iPhone" and "--" signature blocks', () => {
    expect(stripBoilerplate('Login fails\nSent from my iPhone')).toBe('Login fails');
    expect(stripBoilerplate('Login fails\n--\nSam | CTO')).toBe('Login fails');
  });

  it('returns an empty string for empty input', () => {
    expect(stripBoilerplate('')).toBe('');
  });
});
