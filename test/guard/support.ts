import { afterEach, beforeEach, expect } from 'vitest';
import { PreflightError } from '../../src/guard/PreflightError.ts';

/**
 * Records every console line written while a test runs (the guard must log nothing that holds a password),
 * without letting the lines through.
 *
 * @returns The lines, filled during each test and emptied before the next.
 */
export function recordConsole(): string[] {
  const lines: string[] = [];
  const methods = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
  const saved = methods.map((name) => console[name]);
  beforeEach(() => {
    lines.length = 0;
    for (const name of methods) console[name] = (...args: unknown[]) => void lines.push(args.map(String).join(' '));
  });
  afterEach(() => {
    methods.forEach((name, index) => (console[name] = saved[index] as (typeof console)[typeof name]));
  });
  return lines;
}

/**
 * Joins everything a thrown error, a warning and the console could show, for the password check.
 *
 * @param lines The console lines recorded by {@link recordConsole}.
 * @param values Errors (message, stack and own fields) and other values (as JSON).
 *
 * @returns The text.
 */
export function shown(lines: readonly string[], ...values: unknown[]): string {
  return [...values.map((value) => (value instanceof Error ? `${value.message}\n${value.stack ?? ''}\n${JSON.stringify(value)}` : JSON.stringify(value))), ...lines].join('\n');
}

/**
 * Awaits a guarded call that must be refused.
 *
 * @param promise The call.
 *
 * @returns The `PreflightError` it was refused with (the test fails on anything else).
 */
export async function refusal(promise: Promise<unknown>): Promise<PreflightError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(PreflightError);
  return error as PreflightError;
}
