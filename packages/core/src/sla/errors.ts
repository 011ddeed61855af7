import { SupportAIError, type InputIssue } from '../errors/supportai-error.js';

/** A business calendar that cannot be used: unknown time zone, malformed or empty window, nothing open. */
export class CalendarError extends SupportAIError {
  constructor(issues: InputIssue[]) {
    super('invalid_calendar', 'Invalid business calendar', issues);
  }
}

/** An SLA input that cannot be evaluated: malformed ticket timeline, policy or instant. */
export class SlaInputError extends SupportAIError {
  constructor(summary: string, issues: InputIssue[] = []) {
    super('invalid_sla_input', summary, issues);
  }
}
