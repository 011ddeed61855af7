/** Signals of the expansion (upsell) score (SCORING §7.2). */
export const EXPANSION_SIGNAL_KEYS = ['seatSaturation', 'usageGrowth', 'premiumPull', 'advocacy', 'health'] as const;
export type ExpansionSignalKey = (typeof EXPANSION_SIGNAL_KEYS)[number];

export interface ExpansionSignalSpec {
  label: string;
  weight: number;
  poor: number;
  good: number;
}

/** Weights, thresholds and definitions of the expansion score and cross-sell whitespace. */
export interface ExpansionConfig {
  version: string;
  /** Only accounts at or above this health get an expansion score (don't upsell red accounts). @default 60 */
  minimumHealth: number;
  /** Raise a CSQL at or above this score. @default 70 */
  csqlThreshold: number;
  signals: Record<ExpansionSignalKey, ExpansionSignalSpec>;
  /** Seat saturation must hold at this many weekly checkpoints (the lowest counts). @default 2 */
  sustainedWeeks: number;
  /** Window for premium-feature pull. @default 30 */
  premiumWindowDays: number;
  /** Ticket tags that are premium pull on their own (a gate hit, an upgrade or trial ask). */
  premiumTicketTags: string[];
  /** Tags or categories of "how do I …" tickets; they count as pull when they name a feature or product the account lacks. */
  howToTags: string[];
  npsLookbackDays: number;
  crossSell: {
    /** Each ticket mentioning a product's problem space adds this share to its rank: `rate · (1 + w · min(mentions, cap))`. @default 0.25 */
    mentionWeight: number;
    /** @default 4 */
    maximumMentions: number;
    /** @default 90 */
    mentionWindowDays: number;
    /** Look-alike adoption is shown only with at least this many look-alike accounts. @default 3 */
    minimumLookAlikes: number;
    /** Words that put a ticket in a product's problem space; the product name itself when absent. */
    productKeywords: Record<string, string[]>;
  };
}

/** Default expansion configuration (SCORING §7.2 table; pull and cross-sell weighting are this module's [R]). */
export const DEFAULT_EXPANSION_CONFIG: ExpansionConfig = {
  version: 'expansion-2026.1',
  minimumHealth: 60,
  csqlThreshold: 70,
  signals: {
    seatSaturation: { label: 'Seat saturation', weight: 35, poor: 0.7, good: 0.95 },
    usageGrowth: { label: 'Usage growth', weight: 20, poor: 0, good: 5 },
    premiumPull: { label: 'Premium-feature pull', weight: 20, poor: 0, good: 3 },
    advocacy: { label: 'Advocacy', weight: 15, poor: 0, good: 0.5 },
    health: { label: 'Health', weight: 10, poor: 60, good: 85 },
  },
  sustainedWeeks: 2,
  premiumWindowDays: 30,
  premiumTicketTags: ['upgrade', 'premium', 'feature-gate', 'trial', 'higher-tier'],
  howToTags: ['how-to', 'how_to', 'howto'],
  npsLookbackDays: 365,
  crossSell: { mentionWeight: 0.25, maximumMentions: 4, mentionWindowDays: 90, minimumLookAlikes: 3, productKeywords: {} },
};

/** The default configuration with `overrides` merged in (signals and cross-sell key by key). */
export function resolveExpansionConfig(overrides: Partial<Omit<ExpansionConfig, 'signals' | 'crossSell'>> & { signals?: Partial<Record<ExpansionSignalKey, Partial<ExpansionSignalSpec>>>; crossSell?: Partial<ExpansionConfig['crossSell']> } = {}): ExpansionConfig {
  const base = DEFAULT_EXPANSION_CONFIG;
  const signals = { ...base.signals };
  for (const key of EXPANSION_SIGNAL_KEYS) signals[key] = { ...base.signals[key], ...overrides.signals?.[key] };
  return { ...base, ...overrides, signals, crossSell: { ...base.crossSell, ...overrides.crossSell } };
}

export type ExpansionConfigOverrides = Parameters<typeof resolveExpansionConfig>[0];
