/**
 * The most requests linted per file. A reader stops one request past it, so the linter can say the file
 * was cut: a 10 MiB file of one-character lines is 5 million requests, which would otherwise exhaust memory
 * and give output hundreds of times the input's size.
 */
export const MAX_REQUESTS_PER_FILE = 10_000;
