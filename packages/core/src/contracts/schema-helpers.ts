import * as z from 'zod';
import { MoneySchema } from './common.js';

/**
 * A `when` guard for cross-field refinements: the check runs once the value is an object and the
 * named fields parsed, even if unrelated fields failed, so one error can list every bad field.
 * (By default zod skips a refinement as soon as any field has an issue.)
 */
export function whenFieldsValid(...fields: string[]) {
  return (payload: z.core.ParsePayload): boolean =>
    typeof payload.value === 'object' &&
    payload.value !== null &&
    payload.issues.every((issue) => {
      const path = issue.path ?? [];
      return path.length > 0 && !fields.includes(String(path[0]));
    });
}

/** A whole count of something, 0 or more; `what` names the unit in the message (`'logins'`). */
export function countSchema(what: string) {
  const message = `must be a whole number of ${what}, 0 or more`;
  return z.number({ message }).int(message).nonnegative(message);
}

/** Money that cannot be negative, such as a cost or a revenue figure. */
export const NonNegativeMoneySchema = MoneySchema.refine((money) => money.amountCents >= 0, {
  message: 'must be 0 or more cents',
  path: ['amountCents'],
});

/** An absolute `http(s)` link. */
export const HttpUrlSchema = z.httpUrl({ message: 'must be an absolute http(s) URL' });
