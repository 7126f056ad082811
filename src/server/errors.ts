/** Errors services throw; the app's error handler turns them into HTTP answers. */

/** One field refused, its path written as the validation errors write theirs (`body.answers.surface`). */
export interface FieldIssue {
  path: string;
  message: string;
}

export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    /** Sent as the answer's `issues`, so a form shows each message beside its field. */
    readonly issues?: readonly FieldIssue[],
    /** When to try again, in seconds: sent as `Retry-After` (429, 503). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export const badRequest = (message: string, issues?: readonly FieldIssue[]) => new HttpError(400, message, issues);
export const unauthorized = (message = 'Sign in first') => new HttpError(401, message);
export const forbidden = (message = 'You may not do this') => new HttpError(403, message);
export const notFound = (what: string) => new HttpError(404, `${what} not found`);
export const conflict = (message: string) => new HttpError(409, message);
export const tooLarge = (message: string) => new HttpError(413, message);
export const unprocessable = (message: string) => new HttpError(422, message);
export const tooManyRequests = (message: string, retryAfterSeconds: number) =>
  new HttpError(429, message, undefined, retryAfterSeconds);
/** The server is busy, not broken: the client may try again after `retryAfterSeconds`. */
export const unavailable = (message: string, retryAfterSeconds: number) =>
  new HttpError(503, message, undefined, retryAfterSeconds);
