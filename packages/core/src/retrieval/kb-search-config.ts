import { RETRIEVAL_CONFIG_VERSION } from './config-version.js';
import type { KbIndexField } from './kb-index.js';

/** Settings of knowledge-base search (SCORING §5.3). */
export interface KbSearchConfig {
  configVersion: string;
  /** Results returned. @default 10 */
  limit: number;
  /** @default title 3, headings 2, body 1 */
  fieldBoosts: Record<KbIndexField, number>;
  /** Fuzzy matching as a share of the term's length (0.2: one edit per five letters). @default 0.2 */
  fuzzy: number;
  /** Match the last query term as a prefix, for search-as-you-type. @default true */
  prefixLastTerm: boolean;
  /** The last term is matched as a prefix only from this many characters on (a two-letter prefix matches too much). @default 3 */
  minPrefixCharacters: number;
  /** Queries of up to this many terms need every term (AND); longer ones any (OR). @default 3 */
  maxTermsForAnd: number;
  /** When an AND query finds nothing, run it again with OR. @default true */
  fallbackToOr: boolean;
  /** Characters of context on each side of the first match in an excerpt. @default 80 */
  excerptRadiusCharacters: number;
}

/** Defaults of knowledge-base search; override any field per call. */
export const DEFAULT_KB_SEARCH_CONFIG: KbSearchConfig = {
  configVersion: RETRIEVAL_CONFIG_VERSION,
  limit: 10,
  fieldBoosts: { title: 3, headings: 2, body: 1 },
  fuzzy: 0.2,
  prefixLastTerm: true,
  minPrefixCharacters: 3,
  maxTermsForAnd: 3,
  fallbackToOr: true,
  excerptRadiusCharacters: 80,
};
