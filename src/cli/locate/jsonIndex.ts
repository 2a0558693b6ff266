import type { PathSegment } from '../../errors/issue.ts';
import { lineIndex, type LineIndex } from './lineIndex.ts';

/** JSON member interface: a key's offsets and its value. */
export interface JsonMember {
  /** The offset of the key's opening quote. */
  readonly keyStart: number;
  /** The offset after the key's closing quote. */
  readonly keyEnd: number;
  /** The value. */
  readonly value: JsonNode;
}

/** JSON node interface: one value's offsets, with its members or elements when it is a container. */
export interface JsonNode {
  /** The offset of the value's first character. */
  readonly start: number;
  /** The offset after its last character. */
  end: number;
  /** The members of an object, by key (the last of duplicate keys, as `JSON.parse` keeps). */
  readonly members?: Map<string, JsonMember>;
  /** The elements of an array. */
  readonly items?: JsonNode[];
}

/** Duplicate key interface: a key that repeats an earlier key of the same object. */
export interface JsonDuplicate {
  /** The path of the repeated key from the root. */
  readonly path: readonly PathSegment[];
  /** The offset of its opening quote. */
  readonly keyStart: number;
  /** The offset after its closing quote. */
  readonly keyEnd: number;
}

/** JSON index interface: the value tree of a JSON text, its lines, and its duplicate keys. */
export interface JsonIndex {
  /** The root value, or `undefined` for a text with none. */
  readonly root: JsonNode | undefined;
  /** Offsets to lines and columns. */
  readonly lines: LineIndex;
  /** Every key that repeats an earlier key of its object, in source order. */
  readonly duplicates: readonly JsonDuplicate[];
}

/** An open container while scanning: its node, where it sits, and the key waiting for its value. */
interface Frame {
  readonly node: JsonNode;
  readonly parent: Frame | undefined;
  readonly segment: PathSegment | undefined;
  key: string | undefined;
  keyStart: number;
  keyEnd: number;
}

/** A run of JSON whitespace and separators between tokens, skipped by one native match. */
const BETWEEN = /[ \t\n\r,:]+/y;

const isDelimiter = (code: number): boolean => code === 44 || code === 93 || code === 125 || code === 32 || code === 9 || code === 10 || code === 13 || code === 58;

/** The path from the root to a frame's container, built only for the rare duplicate key. */
function pathOf(frame: Frame | undefined): PathSegment[] {
  const path: PathSegment[] = [];
  for (let at = frame; at?.segment !== undefined; at = at.parent) path.push(at.segment);
  return path.reverse();
}

/**
 * Indexes a JSON text that `JSON.parse` accepted: one pass, with an explicit stack (a document nested
 * thousands deep cannot overflow the call stack), every object's keys in a `Map` (a lookup costs O(1),
 * so locating n findings is linear), and the offsets of every key and value. Strings and whitespace are
 * crossed by native searches rather than a character at a time: the index is built for the few files
 * with findings, mostly before the JIT has compiled this function, where each character's step is slow.
 *
 * @param text The JSON text (no byte-order mark).
 *
 * @returns The index.
 */
export function indexJson(text: string): JsonIndex {
  const duplicates: JsonDuplicate[] = [];
  let root: JsonNode | undefined;
  let top: Frame | undefined;
  /** Attaches a finished or newly opened value to the open container; returns its segment there. */
  const attach = (node: JsonNode): PathSegment | undefined => {
    if (!top) {
      root = node;
      return undefined;
    }
    if (top.node.items) {
      top.node.items.push(node);
      return top.node.items.length - 1;
    }
    const key = top.key ?? '';
    const members = top.node.members;
    if (members?.has(key)) duplicates.push({ path: [...pathOf(top), key], keyStart: top.keyStart, keyEnd: top.keyEnd });
    members?.set(key, { keyStart: top.keyStart, keyEnd: top.keyEnd, value: node });
    // Cleared, not deleted: a deleted property would turn every frame into a slow dictionary object.
    top.key = undefined;
    return key;
  };
  // The next backslash at or after the string being read (each belongs to a string): found once per escape, so the pass stays linear.
  let slash = text.indexOf('\\');
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code === 123 || code === 91) {
      const node: JsonNode = code === 123 ? { start: index, end: index + 1, members: new Map() } : { start: index, end: index + 1, items: [] };
      const segment = attach(node);
      top = { node, parent: top, segment, key: undefined, keyStart: 0, keyEnd: 0 };
      index++;
    } else if (code === 125 || code === 93) {
      if (top) {
        top.node.end = index + 1;
        top = top.parent;
      }
      index++;
    } else if (code === 34) {
      let close = text.indexOf('"', index + 1);
      if (close < 0) close = text.length;
      let escaped = false;
      // Each backslash before the closing quote escapes the character after it, which may be that quote.
      while (slash >= 0 && slash < close) {
        escaped = true;
        if (slash + 1 === close) {
          close = text.indexOf('"', close + 1);
          if (close < 0) close = text.length;
        }
        slash = text.indexOf('\\', slash + 2);
      }
      const end = close + 1;
      if (top?.node.members && top.key === undefined) {
        top.key = escaped ? String(JSON.parse(text.slice(index, end))) : text.slice(index + 1, end - 1);
        top.keyStart = index;
        top.keyEnd = end;
      } else {
        attach({ start: index, end });
      }
      index = end;
    } else if (code === 32 || code === 9 || code === 10 || code === 13 || code === 44 || code === 58) {
      BETWEEN.lastIndex = index;
      BETWEEN.test(text);
      index = BETWEEN.lastIndex;
    } else {
      let end = index + 1;
      while (end < text.length && !isDelimiter(text.charCodeAt(end))) end++;
      attach({ start: index, end });
      index = end;
    }
  }
  return { root, lines: lineIndex(text), duplicates };
}
