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

/** Translated hint interface: the about object's English description it translates, and its Simplified Chinese. */
export interface TranslatedHint {
  /** The English description translated (to tell a stale translation). */
  readonly en: string;
  /** The Simplified Chinese text. */
  readonly zh: string;
}

/** Vendor texts interface: what the playground shows of one vendor, from its folder (`src/schemas/<vendor>/playground/texts.ts`). */
export interface VendorTexts {
  /** The vendor's name, per language. */
  readonly name: Readonly<Record<'en' | 'zh-CN', string>>;
  /** The Simplified Chinese of every parameter description of the vendor's about objects, by about key (its API versions share keys and texts). */
  readonly hintsZhCN: Readonly<Record<string, TranslatedHint>>;
}
