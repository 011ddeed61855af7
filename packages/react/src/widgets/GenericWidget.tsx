import type { IntentAnswer } from '@supportai/core';
import { useSupportAI } from '../SupportAIProvider/useSupportAI.js';

/** Up to this many fields are listed; the rest stay in the payload. */
const MAX_FIELDS = 8;

/** A field's value as text: numbers through `Intl` in the provider's locale, lists by their length. */
function displayOf(value: unknown, format: (value: number) => string): string | undefined {
  if (typeof value === 'number') return format(value);
  if (typeof value === 'string') return value.length > 120 ? `${value.slice(0, 117)}…` : value;
  if (typeof value === 'boolean') return value ? '✓' : '✗';
  if (Array.isArray(value)) return format(value.length);
  return undefined;
}

/**
 * The view of an answer whose widget id has no component (a newer server, a widget the host left out):
 * it says so and lists the payload's top-level figures, so the answer is never blank.
 */
export function GenericWidget({ answer }: { answer: IntentAnswer }) {
  const { t, locale } = useSupportAI();
  const numberFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const data = answer.data !== null && typeof answer.data === 'object' && !Array.isArray(answer.data) ? (answer.data as Record<string, unknown>) : { value: answer.data };
  const fields = Object.entries(data)
    .map(([name, value]) => [name, displayOf(value, (number) => numberFormat.format(number))] as const)
    .filter((entry): entry is readonly [string, string] => entry[1] !== undefined)
    .slice(0, MAX_FIELDS);
  return (
    <section className="sai-widget sai-widget--generic" data-widget={answer.widget} aria-label={answer.intent}>
      <p className="sai-widget__note">{t('widget.unknown', { widget: answer.widget })}</p>
      {fields.length > 0 ? (
        <dl className="sai-widget__fields">
          {fields.map(([name, value]) => (
            <div key={name} className="sai-widget__field">
              <dt>{name}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p>{t('widget.empty')}</p>
      )}
    </section>
  );
}
