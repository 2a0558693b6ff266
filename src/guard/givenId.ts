/**
 * Reads an id the guard may describe: a non-empty string, else nothing (the payload check reports it).
 *
 * @param value The value given.
 *
 * @returns The id, or `undefined`.
 */
export const givenId = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
