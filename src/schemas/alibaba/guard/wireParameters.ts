/** What the SDK's models offer: `toMap()` gives the fields under their wire names, nested models included. */
interface WithToMap {
  toMap(): Record<string, unknown>;
}

const hasToMap = (value: unknown): value is WithToMap => typeof value === 'object' && value !== null && typeof (value as { toMap?: unknown }).toMap === 'function';

/** Flattens one value under `key` as `@alicloud/openapi-core`'s `flatMap` does: objects with `.`, lists with `.N` from 1. */
function flatten(target: Record<string, string>, key: string, value: unknown): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) {
    value.forEach((item: unknown, index) => flatten(target, `${key}.${index + 1}`, item));
  } else if (typeof value === 'object') {
    for (const [name, item] of Object.entries(hasToMap(value) ? value.toMap() : value)) flatten(target, key === '' ? name : `${key}.${name}`, item);
  } else {
    target[key] = String(value);
  }
}

/**
 * Reads a `replaceSystemDisk` request as the SDK puts it on the wire: the model's fields under their wire
 * names (`toMap()`), every set value flattened (`SystemDisk.Size`, `Arn.1.RoleType`) and written as text
 * (`true`, `80`), unset ones left out, as `ReplaceSystemDiskWithOptions` and `OpenApiUtil.query` do. A
 * request that is no SDK model is read as it is (its own keys), which the SDK itself would not send.
 *
 * @param request The request as the caller gave it.
 *
 * @returns The flat map of wire parameters, for `validate()` with `encoding: 'query'`.
 */
export function wireParameters(request: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (typeof request === 'object' && request !== null && !Array.isArray(request)) flatten(out, '', request);
  return out;
}
