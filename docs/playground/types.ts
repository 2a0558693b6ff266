/** Shared types of the playground (browser code and its build). */

/** Playground example interface: one request from `examples/`, bundled at build time. */
export interface PlaygroundExample {
  /** The API id it is for. */
  readonly api: string;
  /** Whether the repository files it as good (passes) or bad (shows findings). */
  readonly kind: 'good' | 'bad';
  /** Its file under `examples/`, with `#n` when the file holds several requests. */
  readonly file: string;
  /** The request text, as pasted into the editor. */
  readonly text: string;
}

/** How the request editor's text is written. */
export type RequestFormat = 'json' | 'yaml' | 'query';
