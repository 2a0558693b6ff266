import type { HuaweiCredential } from './types.ts';

/** The SDK client's internals the project id comes from (private in its typings, present at run time). */
interface Internals {
  readonly hcClient?: {
    readonly credential?: HuaweiCredential;
    readonly region?: { readonly id?: string };
  };
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/**
 * Finds the project id an `EcsClient` puts in the request path, as the SDK does before it sends: the
 * credential's `projectId`, else (a client built with a region) the credential's IAM lookup, which the SDK
 * would make and caches. A failed lookup rejects as the SDK's own call would.
 *
 * @param client The unguarded client.
 *
 * @returns The project id, or `undefined` when the client has none and no region to look it up in.
 */
export async function projectIdOf(client: object): Promise<string | undefined> {
  const hc = (client as Internals).hcClient;
  const credential = hc?.credential;
  const known = text(credential?.projectId);
  const region = text(hc?.region?.id);
  if (known !== undefined || region === undefined || typeof credential?.processAuthParams !== 'function') return known;
  await credential.processAuthParams(hc, region);
  return text(credential.projectId);
}
