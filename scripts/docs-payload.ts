const MAX_STRING = 64;
const MAX_ITEMS = 3;

function shorten(value: unknown): unknown {
  if (typeof value === 'string' && value.length > MAX_STRING) return `${value.slice(0, 24)}… (${value.length} characters)`;
  if (Array.isArray(value)) {
    const shown = value.slice(0, MAX_ITEMS).map(shorten);
    return value.length > MAX_ITEMS ? [...shown, `… (${value.length} elements)`] : shown;
  }
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, shorten(item)]));
  }
  return value;
}

/**
 * Renders an example payload as pretty JSON, with long strings and arrays shortened so a page stays readable.
 *
 * @param payload The payload.
 *
 * @returns The JSON text.
 */
export function showPayload(payload: unknown): string {
  return JSON.stringify(shorten(payload), null, 2);
}
