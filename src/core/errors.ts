/**
 * Errors the product expects and explains. Start-up problems (bad configuration, an
 * unreachable database, a half-applied migration) become a StartupError whose message is
 * one line a person can act on; main prints that line instead of a stack trace.
 */

/** Thrown when the program cannot start; `message` is the one line shown to the operator. */
export class StartupError extends Error {
  override readonly name = "StartupError";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** Thrown when the environment holds a value the configuration schema rejects. */
export class ConfigError extends StartupError {
  constructor(
    readonly variable: string,
    readonly expected: string,
  ) {
    super(`Cấu hình sai (invalid configuration): ${variable}: ${expected}`);
  }
}

/** Removes credentials from a connection string before it is shown anywhere. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return url.replace(/\/\/[^@/]*@/, "//***@");
  }
}

/** A short description of an unknown thrown value, for one-line messages. */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === "string" && !error.message.includes(code) ? `${code}: ${error.message}` : error.message;
  }
  return String(error);
}
