import { isAlias, isMap, isPair, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import type { PathSegment } from '../../errors/issue.ts';

/** YAML duplicate interface: a key that repeats an earlier key of the same mapping. */
export interface YamlDuplicate {
  /** The path of the repeated key inside the document. */
  readonly path: readonly PathSegment[];
  /** The key node's source offsets. */
  readonly range: readonly [number, number];
}

/** YAML index interface: every mapping's keys, the document's repeated keys, and its anchors and aliases. */
export interface YamlIndex {
  /** The pairs of a mapping by key text (the last of repeated keys, as the value conversion keeps). */
  readonly pairsOf: (map: YAMLMap) => ReadonlyMap<string, Pair>;
  /** Every key that repeats an earlier scalar key of its mapping (the test the `yaml` library's `uniqueKeys` makes). */
  readonly duplicates: readonly YamlDuplicate[];
  /** How many alias nodes and anchored nodes the document holds. */
  readonly aliasNodes: number;
}

const keyText = (pair: Pair): string | undefined => (isScalar(pair.key) ? String(pair.key.value) : undefined);

/** A node's place: its parent's place and its own segment, so a path is built only for a repeated key. */
interface Place {
  readonly parent: Place | undefined;
  readonly segment: PathSegment;
}

function pathOf(place: Place | undefined): PathSegment[] {
  const path: PathSegment[] = [];
  for (let at = place; at !== undefined; at = at.parent) path.push(at.segment);
  return path.reverse();
}

/**
 * Indexes a parsed YAML document in one pass with an explicit stack: each mapping's pairs in a `Map` (so a
 * lookup is O(1) and locating n findings is linear, where the library's own duplicate-key check is quadratic
 * in the keys of a mapping), its repeated keys, and its count of anchors and aliases (the library resolves
 * each alias by a scan over all of them, so the caller bounds the count before converting the document).
 *
 * @param root The document's contents.
 *
 * @returns The index.
 */
export function indexYaml(root: Node | null): YamlIndex {
  const pairs = new WeakMap<YAMLMap, Map<string, Pair>>();
  const duplicates: YamlDuplicate[] = [];
  let aliasNodes = 0;
  // `place` is null below a complex key (it has no wire path to report), undefined at the root.
  const pending: { readonly node: unknown; readonly place: Place | null | undefined }[] = [{ node: root, place: undefined }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { node, place } = next;
    if (isAlias(node)) {
      aliasNodes++;
      continue;
    }
    if (node && typeof node === 'object' && 'anchor' in node && typeof node.anchor === 'string') aliasNodes++;
    if (isMap(node)) {
      const byText = new Map<string, Pair>();
      const seen = new Set<unknown>();
      for (const item of node.items) {
        if (!isPair(item)) continue;
        const text = keyText(item);
        if (isScalar(item.key)) {
          const value = item.key.value;
          if (seen.has(value) && place !== null && item.key.range) {
            duplicates.push({ path: [...pathOf(place), text ?? ''], range: [item.key.range[0], item.key.range[1]] });
          }
          seen.add(value);
        }
        if (text !== undefined) byText.set(text, item);
        pending.push({ node: item.key, place: null });
        pending.push({ node: item.value, place: place !== null && text !== undefined ? { parent: place, segment: text } : null });
      }
      pairs.set(node, byText);
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => pending.push({ node: item, place: place === null ? null : { parent: place, segment: index } }));
    }
  }
  return { pairsOf: (map) => pairs.get(map) ?? new Map(), duplicates, aliasNodes };
}
