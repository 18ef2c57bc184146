import { LineCounter, isMap, isScalar, parseDocument } from 'yaml';
import { intern } from './intern';
import type { FrontMatter, ParseProblem } from './types';

/**
 * Front matter: the `---` block at the top of a note.
 *
 * `yaml` costs 3–28× the time of reading the file (see the performance notes), so flat front
 * matter (`key: value` lines, simple quoted strings, flow lists of plain words) is read by a fast
 * path that accepts only what it can type exactly as `yaml`'s core schema would. Anything else —
 * nesting, block lists, anchors, escapes, floats, a duplicate key — goes to `yaml` itself, so
 * correctness never depends on the fast path. A unit test runs both over every note it can find.
 */

export interface FrontMatterResult {
  frontMatter: FrontMatter;
  problems: ParseProblem[];
}

const NUMBER_LIKE = /^[-+]?(?:\.[0-9]|[0-9]+[.eE]|0[xo]|\.(?:inf|Inf|INF|nan|NaN|NAN)$)|^[-+]\.(?:inf|Inf|INF)$/;
const INTEGER = /^[-+]?[0-9]+$/;
const PLAIN_START_FORBIDDEN = /^[-?:,[\]{}#&*!|>'"%@`]/;
const NOT_FAST = Symbol('not-fast');

/** Returns the closing fence line, or -1 when `lines[0]` does not open front matter or it is never closed. */
export function findFrontMatterEnd(lines: readonly string[]): number {
  if (lines.length === 0 || !isFence(lines[0])) return -1;
  for (let i = 1; i < lines.length; i++) if (isFence(lines[i])) return i;
  return -1;
}

/** A `---` line (trailing white space allowed): it opens and closes front matter. */
export function isFence(line: string): boolean {
  return line.length >= 3 && line.startsWith('---') && line.slice(3).trim() === '';
}

export function emptyFrontMatter(): FrontMatter {
  return { present: false, data: {}, startLine: 0, endLine: -1, keyLines: {}, invalid: false };
}

/** Parses the lines between the fences (`lines[1 .. end-1]`). */
export function parseFrontMatter(lines: readonly string[], end: number): FrontMatterResult {
  const fast = parseFlat(lines, end);
  if (fast) return { frontMatter: { present: true, data: fast.data, startLine: 0, endLine: end, keyLines: fast.keyLines, invalid: false }, problems: [] };
  return parseWithYaml(lines, end);
}

/** The fast path: undefined as soon as a line is anything but a flat, unambiguous `key: value`. */
export function parseFlat(lines: readonly string[], end: number): { data: Record<string, unknown>; keyLines: Record<string, number> } | undefined {
  const data: Record<string, unknown> = {};
  const keyLines: Record<string, number> = {};
  for (let i = 1; i < end; i++) {
    const line = lines[i];
    const colon = keyEnd(line);
    if (colon < 0) {
      // A blank line or a comment line; anything else is not flat.
      if (line.length === 0 || line.trim() === '' || line.charCodeAt(0) === 35 /* # */) continue;
      return undefined;
    }
    const raw = rawValue(line, colon);
    if (raw === NOT_FAST) return undefined;
    const key = keyAt(line, colon, i);
    if (Object.prototype.hasOwnProperty.call(data, key)) return undefined; // yaml reports duplicates
    const value = raw === undefined ? null : flatValue(raw);
    if (value === NOT_FAST) return undefined;
    data[key] = value;
    keyLines[key] = i;
  }
  return { data, keyLines };
}

/**
 * The key seen last time on each front matter line: notes of one vault repeat the same keys on the
 * same lines, and a key string already used as a property name is found at once, while a new
 * substring must first be looked up among V8's property names (internalized).
 */
const recentKeys: string[] = [];
const RECENT_KEY_LINES = 32;

/** The key `line.slice(0, colon)`, as the same string as last time when it is the same text. */
function keyAt(line: string, colon: number, lineNo: number): string {
  const recent = recentKeys[lineNo];
  if (recent !== undefined && recent.length === colon && line.startsWith(recent)) return recent;
  const key = line.slice(0, colon);
  if (lineNo < RECENT_KEY_LINES) recentKeys[lineNo] = key;
  return key;
}

/**
 * The column of the `:` after a key (`[A-Za-z_][A-Za-z0-9_-]*`) at the start of `line`, or -1.
 * With `rawValue`, this reads a line as `/^([A-Za-z_][A-Za-z0-9_-]*):(?:[ \t]+(.*?))?[ \t]*$/`
 * would, without the match object and its substrings: it runs on every front matter line.
 */
function keyEnd(line: string): number {
  const first = line.charCodeAt(0);
  if (!((first >= 65 && first <= 90) || (first >= 97 && first <= 122) || first === 95)) return -1;
  let i = 1;
  for (;;) {
    const c = line.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 45) i++;
    else return c === 58 /* : */ ? i : -1;
  }
}

/**
 * The value after the key's `:` — after at least one space or tab, without trailing spaces and
 * tabs — or undefined when there is none, or NOT_FAST when the line is not a `key: value` line
 * (text right after the `:`, or a line separator the pattern's `.` would not cross).
 */
function rawValue(line: string, colon: number): string | undefined | typeof NOT_FAST {
  let start = colon + 1;
  if (start === line.length) return undefined;
  while (start < line.length && (line.charCodeAt(start) === 32 || line.charCodeAt(start) === 9)) start++;
  if (start === colon + 1) return NOT_FAST;
  let end = line.length;
  while (end > start && (line.charCodeAt(end - 1) === 32 || line.charCodeAt(end - 1) === 9)) end--;
  for (let i = start; i < end; i++) {
    const c = line.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return NOT_FAST;
  }
  return line.slice(start, end);
}

function flatValue(raw: string): unknown {
  const text = stripComment(raw);
  if (text === undefined) return NOT_FAST;
  if (text === '') return null;
  const c = text.charCodeAt(0);
  if (c === 34 /* " */) return /^"[^"\\]*"$/.test(text) ? intern(text.slice(1, -1)) : NOT_FAST;
  if (c === 39 /* ' */) return /^'[^']*'$/.test(text) ? intern(text.slice(1, -1)) : NOT_FAST;
  if (c === 91 /* [ */) return flowList(text);
  return plainScalar(text);
}

/** Removes a trailing ` # comment`; undefined when a `#` appears where the fast path is unsure. */
function stripComment(raw: string): string | undefined {
  const hash = raw.includes('#') ? raw.search(/[ \t]#/) : -1;
  const value = hash < 0 ? raw : raw.slice(0, hash);
  const first = value.charCodeAt(0);
  // A quoted value containing " #" would be cut wrongly; let yaml decide.
  if (hash >= 0 && (first === 34 || first === 39) && !/^(["']).*\1$/.test(value.trimEnd())) return undefined;
  return value.trimEnd();
}

function flowList(text: string): unknown {
  if (!/^\[[^[\]{}"'#]*\]$/.test(text)) return NOT_FAST;
  const inner = text.slice(1, -1).trim();
  if (inner === '') return [];
  const out: unknown[] = [];
  for (const part of inner.split(',')) {
    const item = part.trim();
    if (item === '' || item.includes(':')) return NOT_FAST;
    const v = plainScalar(item);
    if (v === NOT_FAST) return NOT_FAST;
    out.push(v);
  }
  return out;
}

function plainScalar(text: string): unknown {
  const first = text.charCodeAt(0);
  // Each pattern below can only match text starting with one of a few characters.
  const signOrDigit = first === 45 /* - */ || first === 43 /* + */ || (first >= 48 && first <= 57);
  if (signOrDigit && INTEGER.test(text)) {
    const n = Number(text);
    return Number.isSafeInteger(n) ? n : NOT_FAST;
  }
  const letter = (first >= 65 && first <= 90) || (first >= 97 && first <= 122);
  if ((!letter && PLAIN_START_FORBIDDEN.test(text)) || text.includes(': ') || text.endsWith(':') || text.includes('\t')) return NOT_FAST;
  if (text === 'true' || text === 'True' || text === 'TRUE') return true;
  if (text === 'false' || text === 'False' || text === 'FALSE') return false;
  if (text === 'null' || text === 'Null' || text === 'NULL' || text === '~') return null;
  if ((signOrDigit || first === 46) /* . */ && NUMBER_LIKE.test(text)) return NOT_FAST;
  // A copy, never a slice of the note: the index keeps front matter for as long as the note.
  return intern(text);
}

function parseWithYaml(lines: readonly string[], end: number): FrontMatterResult {
  const source = lines.slice(1, end).join('\n');
  const lineCounter = new LineCounter();
  const problems: ParseProblem[] = [];
  const frontMatter: FrontMatter = { present: true, data: {}, startLine: 0, endLine: end, keyLines: {}, invalid: false };
  let doc;
  try {
    // 'error': the library would print its warnings ("Keys with collection values will be stringified") on the console.
    doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
  } catch (e) {
    // yaml reports problems as errors on the document; a throw here is unexpected but must not escape.
    frontMatter.invalid = true;
    problems.push({ kind: 'front-matter', message: `Front matter could not be read: ${(e as Error).message}. Fix the YAML between the --- lines.`, range: lineRange(lines, 0) });
    return { frontMatter, problems };
  }
  if (doc.errors.length > 0) {
    frontMatter.invalid = true;
    for (const error of doc.errors.slice(0, 3)) {
      // yaml's lines are 1-based within the block, and the block starts on the note's line 1.
      const line = lineCounter.linePos(error.pos[0]).line;
      problems.push({
        kind: 'front-matter',
        message: `Front matter is not valid YAML: ${firstSentence(error.message)}. Fix the YAML between the --- lines.`,
        range: lineRange(lines, Math.max(1, Math.min(line, end - 1))),
      });
    }
    return { frontMatter, problems };
  }
  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && (contents.value === null || contents.value === ''))) return { frontMatter, problems };
  if (!isMap(contents)) {
    frontMatter.invalid = true;
    problems.push({ kind: 'front-matter', message: 'Front matter must be a list of `key: value` lines. Fix the YAML between the --- lines.', range: lineRange(lines, 1) });
    return { frontMatter, problems };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    frontMatter.invalid = true;
    problems.push({ kind: 'front-matter', message: `Front matter could not be read: ${firstSentence((e as Error).message)}. Fix the YAML between the --- lines.`, range: lineRange(lines, 1) });
    return { frontMatter, problems };
  }
  frontMatter.data = data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  for (const pair of contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    const offset = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
    if (key !== undefined && offset !== undefined) frontMatter.keyLines[key] = lineCounter.linePos(offset).line; // 1-based in the block = line in the note
  }
  return { frontMatter, problems };
}

function firstSentence(message: string): string {
  const line = message.split('\n')[0].replace(/\s+at line \d+, column \d+:?$/, '').trim();
  return line.replace(/[.:]$/, '');
}

function lineRange(lines: readonly string[], line: number) {
  return { start: { line, character: 0 }, end: { line, character: (lines[line] ?? '').length } };
}
