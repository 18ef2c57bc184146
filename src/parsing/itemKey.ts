/**
 * The lineage key of an action item (SPEC §6), and what the same pass over the item's characters
 * notices for the field reader (`itemFields.ts`): which fields the text can hold and where some of
 * their markers are, so that the reader looks only for those, and looks straight at them.
 */

// Flags of `lastScan.seen`: set when the text has a character its field starts with. A superset
// test: a flag never hides a field, and a field reader gated on its flag behaves as if ungated.
export const SEEN_CALENDAR = 1; // 📅
export const SEEN_TEAR_OFF_CALENDAR = 2; // 📆
export const SEEN_SPIRAL_CALENDAR = 4; // 🗓
export const SEEN_DONE = 8; // ✅
export const SEEN_OTHER_FIELD = 16; // an Obsidian Tasks signifier other than due and done
export const SEEN_BRACKET = 32; // `[`, a Dataview field may follow
export const SEEN_AT = 64;
export const SEEN_CARET = 128;
export const SEEN_PERCENT = 256;
export const SEEN_SPACES = 512; // a tab, a rarer white space, or two white space characters in a row
export const SEEN_JSON_ESCAPE = 1024; // `"`, `\` or a control character, which JSON writes escaped
export const SEEN_REPEATED_MARKER = 2048; // one of 📅 📆 🗓 ✅ more than once
export const SEEN_DATE_MARKER = SEEN_CALENDAR | SEEN_TEAR_OFF_CALENDAR | SEEN_SPIRAL_CALENDAR | SEEN_DONE;

/** What the last `textKeyOf` saw besides the key. Positions are in the text it was given; -1 when absent. */
export const lastScan = {
  seen: 0,
  /** The last `^`. */
  caret: -1,
  /** The first `@` and the first `[`. */
  at: -1,
  bracket: -1,
  /** The first 📅, 📆, 🗓 and ✅ (their first code unit). */
  calendar: -1,
  tearOffCalendar: -1,
  spiralCalendar: -1,
  done: -1,
};

/** For each ASCII code: what it goes into the key as (lowercase), or 0 when the key's loop must look closer. */
const KEY_CHAR = new Uint8Array(128);
/** For each ASCII code: the `SEEN_` flags it raises. */
const ASCII_SEEN = new Uint16Array(128);
for (let c = 33; c < 127; c++) {
  // Digits may start a date, `@`/`^`/`[`/`%` a field; `"` and `\` need escaping in JSON.
  const special = c === 64 || c === 94 || c === 91 || c === 37 || c === 34 || c === 92 || (c >= 48 && c <= 57);
  if (!special) KEY_CHAR[c] = c >= 65 && c <= 90 ? c + 32 : c;
}
for (let c = 0; c < 32; c++) ASCII_SEEN[c] = SEEN_JSON_ESCAPE;
ASCII_SEEN[9] = ASCII_SEEN[11] = ASCII_SEEN[12] = SEEN_SPACES | SEEN_JSON_ESCAPE;
ASCII_SEEN[34] = ASCII_SEEN[92] = SEEN_JSON_ESCAPE;
ASCII_SEEN[64] = SEEN_AT;
ASCII_SEEN[94] = SEEN_CARET;
ASCII_SEEN[91] = SEEN_BRACKET;
ASCII_SEEN[37] = SEEN_PERCENT;

/**
 * The lineage key of an item's text after the checkbox, `text[from, to)` (SPEC §6: lowercase,
 * without dates, owners, ids, emoji and extra spaces; also without Dataview fields and Obsidian
 * comments), hashed to a small integer so that 80,000 items need no second string each. One pass
 * over the characters, in place, no regular expression and no new string: this runs for every
 * item of every note. The same pass fills `lastScan`.
 * Two different texts share a key with odds of about one in a billion per pair compared, and only
 * items of consecutive notes of one series are compared.
 */
export function textKeyOf(text: string, from = 0, to = text.length): number {
  const scan = lastScan;
  scan.caret = scan.at = scan.bracket = -1;
  scan.calendar = scan.tearOffCalendar = scan.spiralCalendar = scan.done = -1;
  closeBracket.known = false;
  let hash = 0x811c9dc5;
  let started = false;
  let pendingSpace = false;
  let seen = 0;
  let lastSpace = -2;
  // Characters before `quietUntil` are left out of the key (a date, an owner, ...) but still looked at for `seen`.
  let quietUntil = from;
  let i = from;
  while (i < to) {
    let c = text.charCodeAt(i);
    let plain = c < 128 ? KEY_CHAR[c] : 0;
    if (plain !== 0) {
      if (i < quietUntil) {
        i++;
        continue;
      }
      // A word of plain ASCII letters and punctuation (most characters) goes straight into the key,
      // in a loop of its own: the checks around a word run once per word, not once per character.
      if (pendingSpace) {
        hash = Math.imul(hash ^ 32, 0x01000193);
        pendingSpace = false;
      }
      started = true;
      do {
        hash = Math.imul(hash ^ plain, 0x01000193);
        if (++i === to) break;
        c = text.charCodeAt(i);
        plain = c < 128 ? KEY_CHAR[c] : 0;
      } while (plain !== 0);
      // Most words end at one space: taken here, rather than read again at the top of the loop.
      if (i < to && c === 32) {
        lastSpace = i;
        pendingSpace = true;
        i++;
      }
      continue;
    }
    if (c === 32 || c === 10 || c === 13) {
      if (lastSpace === i - 1 || c !== 32) seen |= c === 32 ? SEEN_SPACES : SEEN_SPACES | SEEN_JSON_ESCAPE;
      lastSpace = i;
      if (i >= quietUntil) pendingSpace = started;
      i++;
      continue;
    }
    seen |= c < 128 ? seenAscii(i, c) : seenNonAscii(text, i, c, to);
    if (i < quietUntil || c === 9 || c === 0xa0) {
      if (i >= quietUntil) pendingSpace = started;
      i++;
      continue;
    }
    const skip = skippedAt(text, i, c, from, to);
    if (skip > 0) {
      pendingSpace = started;
      // A date, a plain owner or id, or one emoji raises no flag: jump over it; anything else is looked at.
      if (skipIsPlain) i += skip;
      else {
        quietUntil = i + skip;
        i++;
      }
      continue;
    }
    if (pendingSpace) {
      hash = Math.imul(hash ^ 32, 0x01000193);
      pendingSpace = false;
    }
    started = true;
    hash = Math.imul(hash ^ lowerCode(c), 0x01000193);
    i++;
  }
  scan.seen = seen;
  // 30 bits: a small integer V8 stores inline, and never 0 (0 means "no text").
  return started ? ((hash >>> 2) & 0x3fffffff) || 1 : 0;
}

/** The `SEEN_` flags of an ASCII character at `i`, noting where the fields' markers are. */
function seenAscii(i: number, c: number): number {
  const flags = ASCII_SEEN[c];
  if (c === 94 /* ^ */) lastScan.caret = i;
  else if (c === 64 /* @ */) {
    if (lastScan.at < 0) lastScan.at = i;
  } else if (c === 91 /* [ */) {
    if (lastScan.bracket < 0) lastScan.bracket = i;
  }
  return flags;
}

/** The `SEEN_` flags a character from U+0080 on raises (with the low half of a surrogate pair after it), noting where date markers are. */
function seenNonAscii(text: string, i: number, c: number, to: number): number {
  const scan = lastScan;
  if (c === 0xd83d) {
    const low = i + 1 < to ? text.charCodeAt(i + 1) : -1;
    if (low === 0xdcc5) {
      // 📅
      if (scan.calendar >= 0) return SEEN_CALENDAR | SEEN_REPEATED_MARKER;
      scan.calendar = i;
      return SEEN_CALENDAR;
    }
    if (low === 0xdcc6) {
      // 📆
      if (scan.tearOffCalendar >= 0) return SEEN_TEAR_OFF_CALENDAR | SEEN_REPEATED_MARKER;
      scan.tearOffCalendar = i;
      return SEEN_TEAR_OFF_CALENDAR;
    }
    if (low === 0xddd3) {
      // 🗓
      if (scan.spiralCalendar >= 0) return SEEN_SPIRAL_CALENDAR | SEEN_REPEATED_MARKER;
      scan.spiralCalendar = i;
      return SEEN_SPIRAL_CALENDAR;
    }
    if (low === 0xdeeb || low === 0xdd3c || low === 0xdd3d || low === 0xdd3a || low === 0xdd01) return SEEN_OTHER_FIELD; // 🛫 🔼 🔽 🔺 🔁
    return 0;
  }
  if (c === 0xd83c) return i + 1 < to && text.charCodeAt(i + 1) === 0xdd94 ? SEEN_OTHER_FIELD : 0; // 🆔
  if (c === 0x2705) {
    // ✅
    if (scan.done >= 0) return SEEN_DONE | SEEN_REPEATED_MARKER;
    scan.done = i;
    return SEEN_DONE;
  }
  if (c === 0x23f3 || c === 0x2795 || c === 0x23eb || c === 0x23ec || c === 0x26d4 || c === 0x274c) return SEEN_OTHER_FIELD; // ⏳ ➕ ⏫ ⏬ ⛔ ❌
  // White space other than ASCII (what `\s` and `trim` know).
  if (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff) return SEEN_SPACES;
  return 0;
}

/** Whether what the last `skippedAt` skips, after its first character, raises no `SEEN_` flag and starts no marker. */
let skipIsPlain = false;

/** How many characters at `i` (of the text `[from, to)`) the key leaves out: a date, an @owner, a ^id, a Dataview field, a %% comment, an emoji. */
function skippedAt(text: string, i: number, c: number, from: number, to: number): number {
  skipIsPlain = false;
  if (c >= 48 && c <= 57) {
    if (!isDateAt(text, i, to)) return 0;
    skipIsPlain = true; // digits and `-`
    return 10;
  }
  if (c === 64 /* @ */ || c === 94 /* ^ */) {
    if (i > from && !isSpaceOrParen(text.charCodeAt(i - 1))) return 0;
    let j = i + 1;
    let plain = true;
    for (; j < to; j++) {
      const d = text.charCodeAt(j);
      if (isSpaceOrParen(d)) break;
      if (d >= 128 || ASCII_SEEN[d] !== 0) plain = false;
    }
    skipIsPlain = plain;
    return j - i > 1 ? j - i : 0;
  }
  if (c === 91 /* [ */) {
    // `[name::` (letters, digits, `_`, `-`) up to the first `]`.
    let k = i + 1;
    while (k < to && isFieldNameChar(text.charCodeAt(k))) k++;
    if (k === i + 1 || k + 1 >= to || text.charCodeAt(k) !== 58 || text.charCodeAt(k + 1) !== 58) return 0;
    const close = closeBracketFrom(text, k + 2, to);
    return close < 0 ? 0 : close + 1 - i;
  }
  if (c === 37 /* % */ && i + 1 < to && text.charCodeAt(i + 1) === 37) {
    // Looked for within the item only: `indexOf` would read on to the end of the note, for every item.
    let close = i + 2;
    while (close + 1 < to && !(text.charCodeAt(close) === 37 && text.charCodeAt(close + 1) === 37)) close++;
    return close + 1 < to ? close + 2 - i : to - i;
  }
  // Emoji: the pictographic planes (a surrogate pair from U+1F000), the BMP symbol blocks, and
  // the variation selector and joiner that decorate them.
  if (c >= 0xd83c && c <= 0xd83e) {
    // The second half of a pair starts nothing; anything else after a first half is looked at.
    const low = i + 1 < to ? text.charCodeAt(i + 1) : -1;
    skipIsPlain = low >= 0xdc00 && low <= 0xdfff;
    return 2;
  }
  if ((c >= 0x2300 && c <= 0x23ff) || (c >= 0x2600 && c <= 0x27bf) || (c >= 0x2b00 && c <= 0x2bff) || c === 0xfe0f || c === 0x200d) {
    skipIsPlain = true;
    return 1;
  }
  return 0;
}

/**
 * The first `]` found by the last search, and where that search started: a line of ten thousand
 * `[due::` without a `]` would otherwise be read to its end once per `[` (quadratic). A search
 * that starts between the two has the same answer; `known` is reset for each item.
 */
const closeBracket = { known: false, from: 0, at: -1 };

/** The first `]` in `text[from, to)`, or -1; each character is read once per item, however many `[` ask. */
function closeBracketFrom(text: string, from: number, to: number): number {
  const known = closeBracket;
  if (known.known && from >= known.from && (known.at < 0 || from <= known.at)) return known.at;
  let p = from;
  while (p < to && text.charCodeAt(p) !== 93 /* ] */) p++;
  known.known = true;
  known.from = from;
  known.at = p < to ? p : -1;
  return known.at;
}

function isDateAt(text: string, i: number, to: number): boolean {
  if (i + 10 > to || text.charCodeAt(i + 4) !== 45 || text.charCodeAt(i + 7) !== 45) return false;
  for (let k = 0; k < 10; k++) {
    if (k === 4 || k === 7) continue;
    const d = text.charCodeAt(i + k);
    if (d < 48 || d > 57) return false;
  }
  return true;
}

/** A character of a Dataview field's name: `\w` or `-`. */
function isFieldNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45;
}

function isSpaceOrParen(c: number): boolean {
  return c === 32 || c === 9 || c === 40 || c === 41 || c === 10 || c === 13 || c === 0xa0;
}

const lowerCache = new Map<number, number>();

/** Lowercase of one UTF-16 code unit (ASCII inline; the rest through a small cache). */
function lowerCode(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  let lower = lowerCache.get(c);
  if (lower === undefined) {
    const s = String.fromCharCode(c).toLowerCase();
    lower = s.length === 1 ? s.charCodeAt(0) : c;
    lowerCache.set(c, lower);
  }
  return lower;
}
