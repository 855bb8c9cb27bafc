/**
 * Errors of the messaging channels. A bot token sits in every API URL, and HTTP libraries
 * copy URLs into error messages, stacks and `config` objects; these classes are built from
 * scrubbed text only, so logging or serialising one can never leak the token.
 */

/** Replaces every occurrence of each secret (and its URL-encoded form) with "[token]". */
export function scrubSecret(text: string, secrets: ReadonlyArray<string>): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length < 4) continue;
    for (const form of new Set([secret, encodeURIComponent(secret)])) out = out.split(form).join("[token]");
  }
  return out;
}

/**
 * The parts of a bot token worth hiding: the whole token and, for `<bot_id>:<secret>`
 * tokens, the secret half alone (it is what grants access if a log cuts the token).
 */
export function tokenSecrets(token: string): string[] {
  const secretHalf = token.includes(":") ? token.slice(token.indexOf(":") + 1) : "";
  return secretHalf.length >= 8 ? [token, secretHalf] : [token];
}

/** What an API failure carried, before it became an error. */
export interface ApiFailureDetails {
  method: string;
  /** The API's `error_code`, or the HTTP status when the body was not the API's JSON. Absent for network errors. */
  errorCode?: number;
  description: string;
  httpStatus?: number;
  attempts: number;
  /** Whether trying again later might succeed (429, 5xx, network); the adapter tells the user either way. */
  retryable: boolean;
  /** A scrubbed copy of the underlying error (never the HTTP library's own object). */
  cause?: Error;
}

/**
 * Thrown by the Zalo client when a call fails for good: a non-retryable error (400, 401,
 * 404...) or a retryable one that outlasted every attempt. Keeps the method and the API's
 * error code and description; never the token.
 */
export class ZaloApiError extends Error {
  override readonly name = "ZaloApiError";
  readonly method: string;
  /** The API's error_code (named as on GrammyError); undefined when no reply arrived. */
  readonly error_code: number | undefined;
  readonly description: string;
  readonly httpStatus: number | undefined;
  readonly attempts: number;
  readonly retryable: boolean;

  constructor(details: ApiFailureDetails) {
    const code = details.errorCode === undefined ? "network" : String(details.errorCode);
    super(`Zalo API ${details.method} failed (${code}) after ${details.attempts} attempt(s): ${details.description}`, { cause: details.cause });
    this.method = details.method;
    this.error_code = details.errorCode;
    this.description = details.description;
    this.httpStatus = details.httpStatus;
    this.attempts = details.attempts;
    this.retryable = details.retryable;
  }

  /** A plain object for logs: the fields above and the cause's message, nothing else. */
  toJSON(): Record<string, unknown> {
    const cause = this.cause instanceof Error ? { name: this.cause.name, message: this.cause.message } : undefined;
    return {
      name: this.name, message: this.message, method: this.method, error_code: this.error_code,
      description: this.description, httpStatus: this.httpStatus, attempts: this.attempts, retryable: this.retryable, cause,
    };
  }
}
