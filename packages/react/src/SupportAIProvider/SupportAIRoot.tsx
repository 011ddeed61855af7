import { forwardRef, type CSSProperties, type HTMLAttributes } from 'react';
import { themeVariables } from '../shared/theme/theme.js';
import { useSupportAI } from './useSupportAI.js';

/**
 * The element every SupportAI surface renders inside: the stylesheet's rules and the theme's variables
 * apply only under `[data-supportai]`, so nothing leaks into the host page or in from its `:root`.
 */
export const SupportAIRoot = forwardRef<HTMLDivElement, HTMLAttributes<HTMLDivElement>>(function SupportAIRoot({ style, ...rest }, ref) {
  const { theme, colorScheme, dir, locale } = useSupportAI();
  return <div ref={ref} data-supportai="" data-color-scheme={colorScheme} dir={dir} lang={locale} style={{ ...(themeVariables(theme) as CSSProperties), ...style }} {...rest} />;
});
