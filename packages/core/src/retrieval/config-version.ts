/** Version stamped on every retrieval output, so a stored result can be traced to the rules that made it. */
export const RETRIEVAL_CONFIG_VERSION = 'retrieval-1';

/** Inverse document frequency as BM25 weighs it: `ln(1 + (N − df + 0.5) / (df + 0.5))`, never negative. */
export function inverseDocumentFrequency(documentFrequency: number, documentCount: number): number {
  return Math.log(1 + (documentCount - documentFrequency + 0.5) / (documentFrequency + 0.5));
}
