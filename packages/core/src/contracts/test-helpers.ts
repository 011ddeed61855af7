import { ContractError } from './parse.js';

// Shared by the contract tests only; not exported from the package.

/** Runs `parse` and returns the `ContractError` it throws, failing if it parses or throws anything else. */
export function contractErrorOf(parse: () => unknown): ContractError {
  try {
    parse();
  } catch (error) {
    if (error instanceof ContractError) return error;
    throw error;
  }
  throw new Error('expected a ContractError, but the input parsed');
}

/** The dotted paths of every issue `parse` reports, in order. */
export function issuePathsOf(parse: () => unknown): string[] {
  return contractErrorOf(parse).issues.map((issue) => issue.path);
}

/** The message of the first issue at `path`, or `undefined` when there is none. */
export function messageAt(parse: () => unknown, path: string): string | undefined {
  return contractErrorOf(parse).issues.find((issue) => issue.path === path)?.message;
}
