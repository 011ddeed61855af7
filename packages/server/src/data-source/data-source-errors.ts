import { SupportAIError, type InputIssue } from '@supportai/core';

/** A row a data source returned does not match the contracts; the answer would be wrong, so none is given. */
export class DataSourceRowError extends SupportAIError {
  constructor(
    readonly collection: string,
    readonly rowId: string | null,
    issues: InputIssue[],
  ) {
    super('invalid_source_row', `The data source returned an invalid ${collection} row${rowId ? ` "${rowId}"` : ''}`, issues);
  }
}

/** A reassignment could not be applied as planned: a ticket is gone or moved since the preview. */
export class ReassignmentConflictError extends SupportAIError {
  constructor(
    readonly ticketId: string,
    message: string,
  ) {
    super('reassignment_conflict', message);
  }
}
