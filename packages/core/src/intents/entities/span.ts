/** Where an entity was found in the question, so it can be left out of intent scoring. */
export interface Span {
  start: number;
  end: number;
}

export interface Found<Value> extends Span {
  value: Value;
}

/** The text with the spans blanked out (same length, so other offsets stay valid). */
export function withoutSpans(text: string, spans: readonly Span[]): string {
  let result = text;
  for (const { start, end } of spans) result = result.slice(0, start) + ' '.repeat(end - start) + result.slice(end);
  return result;
}
