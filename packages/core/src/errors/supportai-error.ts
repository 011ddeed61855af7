/** One problem found in an input, located by its path (e.g. `events.2.at`). */
export interface InputIssue {
  path: string;
  message: string;
}

/**
 * Base class of every error the SDK throws on purpose. `code` is stable and machine-readable;
 * `issues` lists every problem found, each with the path of the offending field.
 */
export class SupportAIError extends Error {
  readonly code: string;
  readonly issues: InputIssue[];

  constructor(code: string, summary: string, issues: InputIssue[] = []) {
    super(issues.length > 0 ? `${summary}: ${issues.map(formatIssue).join('; ')}` : summary);
    this.name = new.target.name;
    this.code = code;
    this.issues = issues;
  }
}

function formatIssue(issue: InputIssue): string {
  return issue.path === '' ? issue.message : `${issue.path}: ${issue.message}`;
}
