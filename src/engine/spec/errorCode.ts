/** Vendor error code entry interface: one error the vendor documents for an API. */
export interface ErrorCodeEntry {
  /** The code as the server sends it (Tencent `Error.Code`, JD `error.status`, Zenlayer `code`). */
  readonly code: string;
  /** The HTTP status the server answers with, where documented. */
  readonly status?: number;
  /** The server's own message, where documented (JD). */
  readonly message?: string;
  /** What it means, in the vendor's words (paraphrased where long). */
  readonly description: string;
  /** Where it is documented: the API's own doc page (`seed`: the page the rules were taken from), the current SDK list, both, or the vendor's common error page. */
  readonly source: 'seed' | 'sdk' | 'seed+sdk' | 'common';
}
