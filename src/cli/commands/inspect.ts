import * as path from 'node:path';
import { parseNote } from '../../parsing/parseNote';
import { readNoteFile } from '../../node/noteFile';
import { UsageError, type ParsedArgs } from '../args';
import type { CliIO, ExitCode } from '../io';
import { formatFromArgs } from '../options';

/** What `inspect --format json` prints per file (SPEC §9). Lines 1-based. */
export interface InspectJson {
  file: string;
  frontMatter: Record<string, unknown>;
  headings: { line: number; level: number; text: string }[];
  sections: { key: string; title: string; line: number; endLine: number }[];
  items: { line: number; column: number; marker: string; state: string; text: string; due: string | null; done: string | null; owner: string | null; id: string | null }[];
}

/** What the text output adds to the JSON shape: the parser's problems (bad dates, YAML errors). */
interface Inspected {
  json: InspectJson;
  problems: { line: number; column: number; message: string }[];
}

function inspect(file: string, text: string): Inspected {
  const note = parseNote(text);
  const json: InspectJson = {
    file,
    frontMatter: note.frontMatter.data,
    headings: note.headings.map((h) => ({ line: h.line + 1, level: h.level, text: h.text })),
    sections: note.sections.map((s) => ({ key: s.key, title: s.title, line: s.line + 1, endLine: s.endLine + 1 })),
    items: note.items.map((i) => ({
      line: i.line + 1,
      // Where the item starts (its list marker), as `check` reports a finding on it.
      column: i.listColumn + 1,
      marker: i.marker,
      state: i.state,
      text: i.text,
      due: i.due ?? null,
      done: i.done ?? null,
      owner: i.owner ?? null,
      id: i.id ?? null,
    })),
  };
  const problems = note.problems.map((p) => ({ line: p.range.start.line + 1, column: p.range.start.character + 1, message: p.message }));
  return { json, problems };
}

/** `one-on-one inspect <note>...`: what the parser sees, to explain why an item is or is not counted. */
export function runInspect(args: ParsedArgs, io: CliIO): ExitCode {
  const format = formatFromArgs(args);
  if (args.positional.length === 0) throw new UsageError('inspect needs at least one note, e.g. `one-on-one inspect 1on1/dana/2026-11-24.md`');
  const results: Inspected[] = [];
  let failed = false;
  for (const given of args.positional) {
    const read = readNoteFile(path.resolve(io.cwd, given));
    if (read.kind === 'skipped') {
      // Said on stderr; the JSON keeps its shape, an empty entry for the file.
      failed = true;
      io.err(`${given}: ${read.reason}\n`);
      if (format === 'json') results.push({ json: { file: given, frontMatter: {}, headings: [], sections: [], items: [] }, problems: [] });
      continue;
    }
    results.push(inspect(given, read.text));
  }
  if (format === 'json') io.out(JSON.stringify(results.map((r) => r.json), null, 2) + '\n');
  else for (const r of results) io.out(describe(r));
  return failed ? 1 : 0;
}

function describe({ json: r, problems }: Inspected): string {
  const lines = [`${r.file}`];
  const keys = Object.keys(r.frontMatter);
  lines.push(`  front matter: ${keys.length ? keys.map((k) => `${k}=${JSON.stringify(r.frontMatter[k])}`).join(', ') : '(none)'}`);
  lines.push(`  headings: ${r.headings.length}`);
  for (const h of r.headings) lines.push(`    ${h.line}: ${'#'.repeat(h.level)} ${h.text}`);
  lines.push(`  sections: ${r.sections.length}`);
  for (const s of r.sections) lines.push(`    ${s.line}-${s.endLine}: ${s.key} ("${s.title}")`);
  lines.push(`  items: ${r.items.length}`);
  for (const i of r.items) {
    const extra = [i.due && `due ${i.due}`, i.done && `done ${i.done}`, i.owner && `@${i.owner}`, i.id && `^${i.id}`].filter(Boolean).join(', ');
    lines.push(`    ${i.line}:${i.column} [${i.marker}] ${i.state}: ${i.text}${extra ? ` (${extra})` : ''}`);
  }
  for (const p of problems) lines.push(`  problem ${p.line}:${p.column}: ${p.message}`);
  return lines.join('\n') + '\n';
}
