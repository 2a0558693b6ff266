import type { PathSegment } from '../errors/issue.ts';
import type { Severity } from '../rules/finding.ts';
import type { RuleId } from '../rules/ruleId.ts';

/** Source range interface: 1-based lines and columns; the end column is exclusive (as in SARIF). */
export interface SourceRange {
  /** The first line. */
  readonly line: number;
  /** The first column. */
  readonly column: number;
  /** The last line. */
  readonly endLine: number;
  /** The column after the last character. */
  readonly endColumn: number;
}

/** Source request interface: one request read from a file, with a way back to its source text. */
export interface SourceRequest {
  /** The parsed request parameters (a `$api` key included, if the file has one). */
  readonly value: unknown;
  /** The request's place in the file: `[]` for a file of one request, else its index (and document index). */
  readonly prefix: readonly PathSegment[];
  /** How the request's values are typed: JSON/YAML values, or query-string text. */
  readonly encoding: 'json' | 'query';
  /** The request URL, for URL lines that have one (used to detect the API). */
  readonly url?: URL;
  /** Finds the source range of a wire path inside this request (the nearest existing ancestor if absent). */
  readonly locate: (path: readonly PathSegment[]) => SourceRange;
}

/** Syntax problem interface: where and why a file or request does not parse. Never carries source text. */
export interface SyntaxProblem {
  /** Where the parser stopped. */
  readonly range: SourceRange;
  /** A short, text-free reason (a parser error code). */
  readonly reason: string;
  /** The place in the file of the request that failed, if known. */
  readonly prefix: readonly PathSegment[];
}

/** Duplicate key interface: a key that repeats an earlier key of the same JSON or YAML object. */
export interface DuplicateKey {
  /** The file-level path of the repeated key (the request's prefix included). */
  readonly path: readonly PathSegment[];
  /** The range of the second (or later) occurrence of the key. */
  readonly range: SourceRange;
}

/** Parsed file interface: what a reader returns. */
export interface ParsedFile {
  /** The syntax name for messages: `JSON`, `YAML` or `query`. */
  readonly syntax: string;
  /** The requests that parsed. */
  readonly requests: readonly SourceRequest[];
  /** The requests (or the whole file) that did not. */
  readonly problems: readonly SyntaxProblem[];
  /** Keys that repeat an earlier key of the same object: servers differ in which one they keep. */
  readonly duplicates?: readonly DuplicateKey[];
}

/** A reader: file text in, requests with source positions out. Never throws. */
export type Reader = (text: string) => ParsedFile;

/** Lint message interface: one finding in the CLI's stable JSON shape. */
export interface LintMessage {
  /** The rule id. */
  readonly ruleId: RuleId;
  /** The severity after config overrides. */
  readonly severity: Severity;
  /** The localized message; never contains a secret. */
  readonly message: string;
  /** The first line (1-based). */
  readonly line: number;
  /** The first column (1-based). */
  readonly column: number;
  /** The last line. */
  readonly endLine: number;
  /** The column after the last character. */
  readonly endColumn: number;
  /** The RFC 6901 JSON Pointer of the offending key or value in the file (`""` for the file itself). */
  readonly pointer: string;
  /** What the vendor's server answers, where documented; else `null`. */
  readonly vendorCode: string | null;
}

/** Suppressed message interface: a message an ignore matched, with the ignore's reason. */
export interface SuppressedMessage extends LintMessage {
  /** The reason the config gives for the ignore. */
  readonly reason: string;
}

/** File result interface: every message for one file. */
export interface FileResult {
  /** The path relative to the working directory, `/`-separated (`<stdin>` for standard input). */
  readonly filePath: string;
  /** The messages, in source order. */
  readonly messages: readonly LintMessage[];
  /** The number of `error` messages. */
  readonly errorCount: number;
  /** The number of `warning` messages. */
  readonly warningCount: number;
  /** The messages that config ignores matched. */
  readonly suppressed: readonly SuppressedMessage[];
}

/** Lint run interface: what every formatter receives. */
export interface LintRun {
  /** One result per file linted, in path order. */
  readonly results: readonly FileResult[];
  /** Every enabled rule with its configured default severity, in catalog order. */
  readonly rules: readonly { readonly id: RuleId; readonly severity: Severity }[];
  /** The base URL of the rule doc pages, if configured (`--docs-base-url` or `docsBaseUrl`). */
  readonly docsBaseUrl?: string;
  /** The installed package's directory as shown (relative to the working directory when under it, `''` when it is it), for rule page paths. */
  readonly packageDir?: string;
  /** The findings `--quiet` left out, by severity. */
  readonly hidden?: { readonly warning: number; readonly info: number };
}

/** A formatter: a lint run in, the output text out. */
export type Formatter = (run: LintRun) => string;
