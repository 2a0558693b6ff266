/** Attributes and event handlers of {@link h}: strings set attributes, functions under `on*` listen. */
type Props = Readonly<Record<string, string | number | boolean | undefined | ((event: Event) => void)>>;

/**
 * Creates an element with attributes, listeners and children (a tiny
 * hyperscript: the playground needs no framework).
 *
 * @param tag The tag name.
 * @param props Attributes (`false`/`undefined` leave one out, `true` sets it empty) and `on<event>` listeners.
 * @param children Child nodes or texts (`undefined`/`false` skipped).
 *
 * @returns The element.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: readonly (Node | string | undefined | false)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (typeof value === 'function') element.addEventListener(name.slice(2), value);
    else if (value === true) element.setAttribute(name, '');
    else if (value !== undefined && value !== false) element.setAttribute(name, String(value));
  }
  for (const child of children) if (child !== undefined && child !== false) element.append(child);
  return element;
}
