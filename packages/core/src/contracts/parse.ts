import type * as z from 'zod';
import { SupportAIError, type InputIssue } from '../errors/supportai-error.js';

/** Thrown when data does not match a contract; `issues` names every bad field by path. */
export class ContractError extends SupportAIError {
  /** Which contract was being checked, e.g. `Ticket`. */
  readonly contract: string;

  constructor(contract: string, issues: InputIssue[]) {
    super('invalid_input', `Invalid ${contract}`, issues);
    this.contract = contract;
  }
}

/** Turns zod issues into `{ path, message }` pairs with dotted paths (`events.0.at`). */
export function toInputIssues(issues: readonly z.core.$ZodIssue[], pathPrefix = ''): InputIssue[] {
  return issues.map((issue) => {
    const path = [pathPrefix, ...issue.path.map((segment) => String(segment))].filter((part) => part !== '').join('.');
    return { path, message: issue.message };
  });
}

/**
 * Parses `input` with `schema`, throwing one `ContractError` that lists every bad field.
 * @example parseWith(TicketSchema, json, 'Ticket')
 */
export function parseWith<Schema extends z.ZodType>(schema: Schema, input: unknown, contract: string): z.output<Schema> {
  const result = schema.safeParse(input);
  if (!result.success) throw new ContractError(contract, toInputIssues(result.error.issues));
  return result.data;
}

/** Builds a named parse helper for a boundary: `const parseTicket = createParser(TicketSchema, 'Ticket')`. */
export function createParser<Schema extends z.ZodType>(schema: Schema, contract: string) {
  return (input: unknown): z.output<Schema> => parseWith(schema, input, contract);
}
