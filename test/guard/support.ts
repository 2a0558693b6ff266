import { afterEach, beforeEach } from 'vitest';

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
