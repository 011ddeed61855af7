/** Keyword themes of NPS comments. A keyword is a whole word, a `prefix*`, or a phrase of several words. */
export interface NpsThemeDefinition {
  label: string;
  keywords: string[];
}

export type NpsThemeLexicon = Record<string, NpsThemeDefinition>;

/**
 * The default theme lexicon: performance/speed, pricing, support quality, missing features, ease of use,
 * reliability. Matching ignores case and punctuation; a theme counts once per comment, whatever its tone
 * (the answer's score tells praise from complaint).
 */
export const DEFAULT_NPS_THEME_LEXICON: NpsThemeLexicon = {
  performance: { label: 'Performance / speed', keywords: ['slow*', 'speed*', 'fast', 'faster', 'lag', 'laggy', 'latency', 'performance', 'loading', 'load time*', 'timeout*', 'timing out', 'sluggish'] },
  pricing: { label: 'Pricing', keywords: ['price*', 'pricing', 'expensive', 'cost*', 'cheap*', 'billing', 'invoice*', 'licen*', 'subscription*', 'value for money', 'afford*', 'overpriced'] },
  support_quality: { label: 'Support quality', keywords: ['support', 'support team', 'agent*', 'helpdesk', 'help desk', 'customer service', 'response time*', 'ticket*', 'csm', 'account manager', 'helpful', 'unhelpful'] },
  missing_features: { label: 'Missing features', keywords: ['missing', 'lack*', 'wish*', 'would like', 'would love', 'feature request*', 'roadmap', 'integration*', 'integrate*', 'not supported', 'no way to', 'please add'] },
  ease_of_use: { label: 'Ease of use', keywords: ['easy', 'easier', 'easily', 'intuitive', 'simple', 'simpler', 'confus*', 'usability', 'user friendly', 'ux', 'ui', 'interface', 'learning curve', 'clunky', 'complicated', 'cumbersome'] },
  reliability: { label: 'Reliability', keywords: ['bug*', 'crash*', 'outage*', 'downtime', 'down', 'error*', 'reliab*', 'unreliab*', 'unstable', 'stable', 'stabil*', 'broken', 'glitch*', 'data loss', 'uptime', 'flaky'] },
};

interface CompiledTheme {
  key: string;
  words: Set<string>;
  prefixes: string[];
  phrases: string[];
}

/** Precompiles a lexicon for `themesOf`: word sets, prefixes and padded phrases. */
export function compileThemeLexicon(lexicon: NpsThemeLexicon): CompiledTheme[] {
  return Object.entries(lexicon).map(([key, definition]) => {
    const words = new Set<string>();
    const prefixes: string[] = [];
    const phrases: string[] = [];
    for (const keyword of definition.keywords) {
      const normalised = normalise(keyword.replace(/\*$/, ''));
      if (normalised.includes(' ')) phrases.push(` ${normalised}`);
      else if (keyword.endsWith('*')) prefixes.push(normalised);
      else words.add(normalised);
    }
    return { key, words, prefixes, phrases };
  });
}

/** The theme keys a comment mentions, in lexicon order. */
export function themesOf(comment: string, themes: readonly CompiledTheme[]): string[] {
  const text = normalise(comment);
  if (text === '') return [];
  const tokens = text.split(' ');
  const padded = ` ${text} `;
  return themes
    .filter((theme) => tokens.some((token) => theme.words.has(token) || theme.prefixes.some((prefix) => token.startsWith(prefix))) || theme.phrases.some((phrase) => padded.includes(phrase)))
    .map((theme) => theme.key);
}

// Lower case, letters and digits only, single spaces ("User-friendly!" → "user friendly").
function normalise(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
