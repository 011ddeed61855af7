/**
 * The design tokens a host may set. Each maps to one CSS variable on the widget's root
 * (`[data-supportai]`), never on `:root`, so two themed widgets on one page do not meet.
 */
export interface SupportAITheme {
  /** Buttons, links, the launcher. */
  accent?: string;
  /** Text on the accent colour. */
  accentText?: string;
  /** The panel's and the cards' background. */
  background?: string;
  /** Raised or muted surfaces (the assistant's bubbles, the composer). */
  surface?: string;
  text?: string;
  mutedText?: string;
  border?: string;
  /** Errors and breached clocks. */
  danger?: string;
  warning?: string;
  success?: string;
  /** Focus rings. */
  focus?: string;
  /** @example '12px' */
  radius?: string;
  fontFamily?: string;
  /** The base font size; the composer never goes below 16px on small screens (iOS zooms otherwise). */
  fontSize?: string;
  shadow?: string;
  /** Stacking order of the launcher and the panel. */
  zIndex?: number;
}

/** `system` follows the user's OS setting through `prefers-color-scheme`; the host's own classes are not read. */
export type ColorScheme = 'light' | 'dark' | 'system';

const VARIABLE_OF: Record<keyof SupportAITheme, string> = {
  accent: '--sai-accent',
  accentText: '--sai-accent-text',
  background: '--sai-background',
  surface: '--sai-surface',
  text: '--sai-text',
  mutedText: '--sai-muted-text',
  border: '--sai-border',
  danger: '--sai-danger',
  warning: '--sai-warning',
  success: '--sai-success',
  focus: '--sai-focus',
  radius: '--sai-radius',
  fontFamily: '--sai-font-family',
  fontSize: '--sai-font-size',
  shadow: '--sai-shadow',
  zIndex: '--sai-z-index',
};

/**
 * The theme as CSS custom properties, for the `style` of a widget root. Tokens left out keep the
 * stylesheet's light or dark defaults; a value that could close the declaration (`;`, `{`, `}`) is dropped.
 * @example themeVariables({ accent: '#0b5cff' }) // { '--sai-accent': '#0b5cff' }
 */
export function themeVariables(theme: SupportAITheme | undefined): Record<string, string> {
  const variables: Record<string, string> = {};
  if (!theme) return variables;
  for (const [token, value] of Object.entries(theme) as [keyof SupportAITheme, string | number | undefined][]) {
    const variable = VARIABLE_OF[token];
    if (variable === undefined || value === undefined || value === '') continue;
    const text = String(value);
    if (/[;{}]/.test(text)) continue;
    variables[variable] = text;
  }
  return variables;
}

/** The CSS variable names, for hosts that set them in their own stylesheet. */
export const THEME_VARIABLES: Readonly<Record<keyof SupportAITheme, string>> = VARIABLE_OF;
