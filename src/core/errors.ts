/**
 * A broken rule of the domain: a stable code and a message a clerk can read.
 * `src/server/errors.ts` maps the code to an HTTP status; core code never knows about HTTP.
 */
export class RuleError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'RuleError';
  }
}
