/**
 * One pass over the lines of an `.ics` file before any iCalendar parsing: is it a calendar at all,
 * whose is it (PRODID), and where each VEVENT and VTIMEZONE begins and ends. Each block is then
 * parsed on its own, so one broken event costs that event, not the file, and every problem can
 * name its line. BEGIN and END lines are never folded in practice, so physical lines suffice.
 */

export interface CalendarBlock {
  kind: 'VEVENT' | 'VTIMEZONE';
  /** 1-based line of its BEGIN. */
  line: number;
  /** Its lines, BEGIN to END, joined with CRLF (still folded: the parser unfolds). */
  text: string;
}

export interface OutlineProblem {
  line: number | undefined;
  message: string;
}

export interface CalendarOutline {
  prodId: string | undefined;
  blocks: CalendarBlock[];
  problems: OutlineProblem[];
}

const BLOCK_KINDS = new Set(['VEVENT', 'VTIMEZONE']);
const EXPORT_AGAIN = 'export the calendar again from the calendar program';

interface Open {
  name: string;
  line: number;
}

export function outlineOf(raw: string): CalendarOutline {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const problems: OutlineProblem[] = [];
  const blocks: CalendarBlock[] = [];
  if (text.includes('\0')) return { prodId: undefined, blocks, problems: [{ line: undefined, message: `not an iCalendar file (it holds binary data): ${EXPORT_AGAIN} as .ics` }] };
  const lines = text.split(/\r\n|\r|\n/);
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first < 0 || lines[first].trim().toUpperCase() !== 'BEGIN:VCALENDAR')
    return { prodId: undefined, blocks, problems: [{ line: first < 0 ? undefined : first + 1, message: `not an iCalendar file (it does not begin with BEGIN:VCALENDAR): ${EXPORT_AGAIN} as .ics` }] };

  let prodId: string | undefined;
  const stack: Open[] = [];
  /** The index in `stack` of the open VEVENT or VTIMEZONE, -1 when none. */
  let blockDepth = -1;
  let blockStart = 0;
  let blockBroken = false;

  const unclosed = (open: Open) => {
    const skipped = BLOCK_KINDS.has(open.name) ? (open.name === 'VEVENT' ? ': the event is skipped' : ': the time zone is skipped') : '';
    problems.push({ line: open.line, message: `BEGIN:${open.name} has no END:${open.name}${skipped}; ${EXPORT_AGAIN}` });
  };
  /** Closes everything above `depth` as unclosed, marking the open block broken when it is among them. */
  const closeAbove = (depth: number) => {
    while (stack.length > depth) {
      const open = stack.pop()!;
      if (stack.length === blockDepth) blockDepth = -1;
      else if (blockDepth >= 0 && stack.length > blockDepth) blockBroken = true;
      unclosed(open);
    }
  };

  for (let i = first; i < lines.length; i++) {
    const line = lines[i];
    const c = line.charCodeAt(0);
    // Only lines starting with B, E or P (either case) can matter here.
    if (c !== 66 && c !== 98 && c !== 69 && c !== 101 && c !== 80 && c !== 112) continue;
    const match = /^(BEGIN|END|PRODID)([:;])(.*?)\s*$/i.exec(line);
    if (!match) continue;
    const keyword = match[1].toUpperCase();
    if (keyword === 'PRODID') {
      // PRODID;X-PARAM=…:value keeps its value after the parameters.
      if (stack.length === 1 && prodId === undefined) prodId = match[2] === ':' ? match[3] : match[3].slice(match[3].indexOf(':') + 1);
      continue;
    }
    const name = match[3].trim().toUpperCase();
    if (keyword === 'BEGIN') {
      // A block inside a block is never valid: the open one was cut off.
      if (BLOCK_KINDS.has(name) && blockDepth >= 0) closeAbove(blockDepth);
      if (name === 'VCALENDAR' && stack.length > 0) closeAbove(0);
      stack.push({ name, line: i + 1 });
      if (BLOCK_KINDS.has(name) && blockDepth < 0) {
        blockDepth = stack.length - 1;
        blockStart = i;
        blockBroken = false;
      }
      continue;
    }
    const at = stack.map((open) => open.name).lastIndexOf(name);
    if (at < 0) {
      problems.push({ line: i + 1, message: `END:${name} has no BEGIN:${name} (the line is ignored); ${EXPORT_AGAIN}` });
      continue;
    }
    const closesBlock = at === blockDepth;
    closeAbove(at + 1);
    stack.pop();
    if (closesBlock) {
      if (!blockBroken) blocks.push({ kind: name as CalendarBlock['kind'], line: blockStart + 1, text: lines.slice(blockStart, i + 1).join('\r\n') });
      blockDepth = -1;
    }
  }
  if (blockDepth >= 0 || stack.length > 0) {
    // The file ends inside something: most often a cut-off download.
    closeAbove(0);
  }
  return { prodId, blocks, problems };
}
