/**
 * The benchmark: `npm run bench -- [--notes N] [--runs R] [--json] [--keep]`.
 *
 * Generates a realistic vault of N meeting notes (default 10,000) in a temporary folder and, in
 * this one process, measures against the read floor (listing the folder and reading every file,
 * the least any tool must do):
 *  - the full index: read + parse + lineage + every rule (`loadVault` then `index.findings()`);
 *  - the remark parse of the same notes, over a sample and extrapolated (it is too slow to run
 *    on all of them several times);
 *  - the keystroke path: one note of a 50-note series edited and re-checked, p95 over 200 edits;
 *  - what the editor's surfaces recompute after one note edit of the whole vault (bench/surfacesBench.ts):
 *    every series recomputed, as before issue 16, against the surfaces' per-series memos;
 *  - the heap the index retains (needs `node --expose-gc`, which `npm run bench` passes);
 *  - the whole `one-on-one check` process on the vault, cold and with `--cache` on the unchanged
 *    vault (the cache written by one unmeasured run first; runs alternate);
 *  - "calendar: read + expand": a 5-year weekly calendar of 20 series read and expanded
 *    (bench/calendarBench.ts), against reading that file's text.
 * Timings are medians of several runs: the machine is shared and noisy, so ratios to the read
 * floor say more than absolute times. With `--json` the last line of stdout is one JSON object.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fixedClock, type Clock } from '../src/core/schedule/clock';
import { DEFAULT_SETTINGS } from '../src/core/settings/settings';
import { loadVault, markdownFiles } from '../src/node/loadVault';
import { createReferenceParser } from '../corpora/remarkReference';
import { DEFAULT_TODAY, generateSeries, generateVault } from '../corpora/generateVault';
import { median, percentile, timed } from './stats';
import { measureCalendar } from './calendarBench';
import { measureSurfaces } from './surfacesBench';

interface BenchOptions {
  notes: number;
  runs: number;
  json: boolean;
  keep: boolean;
  remarkSample: number;
  seed: number;
}

/** Targets of the project at 10,000 notes. */
const TARGETS = {
  indexRatio: 2.5,
  /** `check --cache` on an unchanged vault, against a cold `check` (issue 16). */
  cachedCheckRatio: 0.5,
  keystrokeP95Ms: 1,
  indexHeapMB: 30,
  checkProcessMs: 2000,
};

const TODAY = DEFAULT_TODAY;
/** `check --today` pins the time to 00:00; the in-process index uses the same clock. */
const CLOCK: Clock = fixedClock({ date: TODAY, time: '00:00' });

function parseOptions(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = { notes: 10_000, runs: 5, json: false, keep: false, remarkSample: 1000, seed: 1 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = Number(argv[++i]);
      if (!Number.isInteger(v) || v < 1) throw new Error(`${arg} needs a positive whole number`);
      return v;
    };
    if (arg === '--notes') options.notes = value();
    else if (arg === '--runs') options.runs = value();
    else if (arg === '--remark-sample') options.remarkSample = value();
    else if (arg === '--seed') options.seed = value();
    else if (arg === '--json') options.json = true;
    else if (arg === '--keep') options.keep = true;
    else throw new Error(`unknown option ${arg} (use --notes N, --runs R, --remark-sample S, --seed S, --json, --keep)`);
  }
  return options;
}

function progress(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

const gc = (globalThis as { gc?: () => void }).gc;

function collectGarbage(): void {
  if (!gc) return;
  // Twice: weak references and finalizers can keep objects for one more cycle.
  gc();
  gc();
}

/** Listing the folder and reading every Markdown file as UTF-8: what any tool pays at the least. */
function readFloor(folder: string): number {
  let chars = 0;
  for (const file of markdownFiles(folder)) chars += fs.readFileSync(file, 'utf8').length;
  return chars;
}

function fullIndex(folder: string) {
  const loaded = timed(() => loadVault(folder, { settings: DEFAULT_SETTINGS, clock: CLOCK }));
  const checked = timed(() => loaded.result.index.findings());
  return { loadMs: loaded.ms, rulesMs: checked.ms, index: loaded.result.index, findings: checked.result.length };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'one-on-one-bench-'));
  const cleanUp = () => {
    if (!options.keep) fs.rmSync(work, { recursive: true, force: true });
  };
  process.on('SIGINT', () => {
    cleanUp();
    process.exit(130);
  });
  try {
    const result = await run(options, work);
    if (options.json) process.stdout.write(JSON.stringify(result) + '\n');
    else process.stdout.write(report(result));
  } finally {
    cleanUp();
    if (options.keep) progress(`kept ${work}`);
  }
}

type BenchResult = Awaited<ReturnType<typeof run>>;

async function run(options: BenchOptions, work: string) {
  const { runs } = options;
  const loadAverageBefore = os.loadavg()[0];

  progress(`generating ${options.notes} notes in ${work}`);
  const generated = timed(() => generateVault(work, { notes: options.notes, seed: options.seed }));
  const vault = generated.result;
  const folder = vault.root;
  const files = markdownFiles(folder).length;
  progress(`generated ${vault.notes} notes, ${vault.series.length} series, ${(vault.noteBytes / 1e6).toFixed(1)} MB, ${vault.taskItems} task items in ${generated.ms.toFixed(0)} ms`);

  // Warm the page cache and the JIT once, unmeasured.
  readFloor(folder);
  fullIndex(folder);

  progress(`read floor and full index, ${runs} runs each, interleaved`);
  const floorRuns: number[] = [];
  const indexRuns: number[] = [];
  const loadRuns: number[] = [];
  const rulesRuns: number[] = [];
  let findings = 0;
  for (let r = 0; r < runs; r++) {
    floorRuns.push(timed(() => readFloor(folder)).ms);
    const index = fullIndex(folder);
    loadRuns.push(index.loadMs);
    rulesRuns.push(index.rulesMs);
    indexRuns.push(index.loadMs + index.rulesMs);
    findings = index.findings;
  }
  const readFloorMs = median(floorRuns);
  const indexMs = median(indexRuns);

  progress('heap retained by the index');
  let indexHeapMB: number | null = null;
  if (gc) {
    collectGarbage();
    const before = process.memoryUsage().heapUsed;
    let alive: ReturnType<typeof fullIndex> | undefined = fullIndex(folder);
    collectGarbage();
    const after = process.memoryUsage().heapUsed;
    // Touch the index after the measurement so it is certainly alive during it.
    if (alive.index.seriesIds().length === 0) progress('warning: the index has no series');
    alive = undefined;
    indexHeapMB = (after - before) / (1024 * 1024);
  } else {
    progress('heap: skipped, run node with --expose-gc (npm run bench does)');
  }

  progress('keystroke path on a 50-note series');
  // Start from a clean heap, so that garbage from the runs above is not collected during the edits.
  collectGarbage();
  const keystroke = measureKeystrokes(work);

  progress('surfaces after one note edit of the vault');
  const surfaces = measureSurfaces(fullIndex(folder).index, folder, CLOCK.now());

  progress(`remark over a sample of ${Math.min(options.remarkSample, vault.notes)} notes`);
  const remark = await measureRemark(vault.noteFiles, options.remarkSample, Math.min(runs, 3));
  const remarkMs = remark.perNoteMs * files;

  progress('one-on-one check process');
  const check = measureCheckProcess(folder, Math.min(runs, 3));

  progress('calendar: read + expand a 5-year weekly calendar of 20 series');
  const calendar = measureCalendar(work, runs, options.seed);

  const ratio = (ms: number | null) => (ms === null ? null : ms / readFloorMs);
  const targetsAt = options.notes === 10_000 ? 'these notes' : '10,000 notes (this run has a different size)';
  return {
    notes: vault.notes,
    files,
    series: vault.series.length,
    noteMB: vault.noteBytes / 1e6,
    taskItems: vault.taskItems,
    runs,
    generateMs: generated.ms,
    readFloorMs,
    indexMs,
    indexRatio: indexMs / readFloorMs,
    loadMs: median(loadRuns),
    rulesMs: median(rulesRuns),
    findings,
    remarkMs,
    remarkRatio: remarkMs / readFloorMs,
    remarkSampleNotes: remark.sample,
    keystrokeP95Ms: keystroke.p95,
    keystrokeMedianMs: keystroke.median,
    keystrokeFirstMs: keystroke.first,
    keystrokeEdits: keystroke.edits,
    indexHeapMB,
    surfaces,
    checkProcessMs: check.ms,
    checkProcessRatio: ratio(check.ms),
    cachedCheckProcessMs: check.cachedMs,
    cachedCheckRatio: check.ms === null || check.cachedMs === null ? null : check.cachedMs / check.ms,
    checkExitCode: check.exitCode,
    checkLines: check.lines,
    calendar,
    node: process.version,
    cpus: os.cpus().length,
    /** One-minute load average before and after: timings from a busy machine are noisy. */
    loadAverage: [loadAverageBefore, os.loadavg()[0]],
    targetsAt,
    targets: {
      indexRatio: { target: TARGETS.indexRatio, pass: indexMs / readFloorMs <= TARGETS.indexRatio },
      keystrokeP95Ms: { target: TARGETS.keystrokeP95Ms, pass: keystroke.p95 <= TARGETS.keystrokeP95Ms },
      indexHeapMB: { target: TARGETS.indexHeapMB, pass: indexHeapMB === null ? null : indexHeapMB <= TARGETS.indexHeapMB },
      checkProcessMs: { target: TARGETS.checkProcessMs, pass: check.ms === null ? null : check.ms <= TARGETS.checkProcessMs },
      cachedCheckRatio: { target: TARGETS.cachedCheckRatio, pass: check.ms === null || check.cachedMs === null ? null : check.cachedMs / check.ms <= TARGETS.cachedCheckRatio },
    },
  };
}

/**
 * Typing a new commitment into the planned note of a 50-note series, one character per edit:
 * each edit replaces the file's text in the index and asks for that file's findings, as the
 * editor does on every change.
 */
function measureKeystrokes(work: string) {
  const seriesDir = path.join(work, 'keystroke');
  const series = generateSeries(seriesDir, { notes: 50 });
  const { index } = loadVault(series.root, { settings: DEFAULT_SETTINGS, clock: CLOCK });
  const latest = series.noteFiles[series.noteFiles.length - 1];
  const file = path.relative(path.dirname(series.root), latest).split(path.sep).join('/');
  const base = fs.readFileSync(latest, 'utf8');
  const eol = base.includes('\r\n') ? '\r\n' : '\n';
  const anchor = base.search(/^## .*Commitments.*$|^## .*(Action steps|Next steps).*$/m);
  const insertAt = anchor < 0 ? base.length : base.indexOf(eol, anchor) + eol.length;
  const typed = '- [ ] Call the vendor about the São Paulo SLA @dana 📅 2026-11-30 ';
  const edit = (i: number) => `${base.slice(0, insertAt)}${typed.slice(0, (i % typed.length) + 1)}${eol}${base.slice(insertAt)}`;

  if (!index.has(file)) throw new Error(`keystroke: ${file} is not in the index`);
  const first = timed(() => {
    index.setFile(file, edit(0));
    return index.findingsForFile(file);
  }).ms;
  for (let i = 1; i < 50; i++) {
    index.setFile(file, edit(i));
    index.findingsForFile(file);
  }
  const samples: number[] = [];
  const edits = 200;
  for (let i = 0; i < edits; i++) {
    const text = edit(i);
    samples.push(
      timed(() => {
        index.setFile(file, text);
        return index.findingsForFile(file);
      }).ms,
    );
  }
  return { p95: percentile(samples, 95), median: median(samples), first, edits };
}

/** Read + remark parse per note over an evenly spread sample of the notes, median of `runs` passes. */
async function measureRemark(noteFiles: readonly string[], sampleSize: number, runs: number) {
  const parse = await createReferenceParser();
  const step = Math.max(1, Math.floor(noteFiles.length / sampleSize));
  const sample = noteFiles.filter((_, i) => i % step === 0).slice(0, sampleSize);
  for (const file of sample.slice(0, 50)) parse(fs.readFileSync(file, 'utf8')); // JIT warm-up
  const perNote: number[] = [];
  for (let r = 0; r < runs; r++) {
    const { ms } = timed(() => {
      for (const file of sample) parse(fs.readFileSync(file, 'utf8'));
    });
    perNote.push(ms / sample.length);
  }
  return { perNoteMs: median(perNote), sample: sample.length };
}

/** Wall time of `node dist/cli.js check <folder> --today …`, median of `runs`. */
function measureCheckProcess(folder: string, runs: number) {
  const cli = path.join(__dirname, 'cli.js');
  if (!fs.existsSync(cli)) {
    progress(`check process: ${cli} does not exist (build it with npm run build)`);
    return { ms: null, cachedMs: null, exitCode: null, lines: null };
  }
  const cache = path.join(path.dirname(folder), 'bench-cache.json');
  const check = (extra: string[]) => {
    const start = performance.now();
    const child = spawnSync(process.execPath, [cli, 'check', folder, '--today', TODAY, ...extra], {
      encoding: 'utf8',
      maxBuffer: 1024 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const ms = performance.now() - start;
    if (child.error) throw child.error;
    if (child.status !== 0 && child.status !== 1) throw new Error(`check exited with ${child.status}: ${child.stderr.slice(0, 2000)}`);
    return { ms, exitCode: child.status, stdout: child.stdout };
  };
  check([`--cache=${cache}`]); // writes the cache
  const times: number[] = [];
  const cachedTimes: number[] = [];
  let exitCode: number | null = null;
  let lines = 0;
  for (let r = 0; r < runs; r++) {
    const cold = check([]);
    times.push(cold.ms);
    exitCode = cold.exitCode;
    lines = cold.stdout.split('\n').filter((l) => l !== '').length;
    const cached = check([`--cache=${cache}`]);
    cachedTimes.push(cached.ms);
    if (cached.stdout !== cold.stdout) throw new Error('check --cache printed other findings than check');
  }
  fs.rmSync(cache, { force: true });
  return { ms: median(times), cachedMs: median(cachedTimes), exitCode, lines };
}

function report(r: BenchResult): string {
  const ms = (v: number) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));
  const per = (v: number) => (v / r.notes).toFixed(3);
  const x = (v: number) => `${v >= 10 ? v.toFixed(0) : v.toFixed(1)}×`;
  const rows: Array<[string, string, string, string]> = [
    ['read floor (list + readFileSync utf8)', ms(r.readFloorMs), per(r.readFloorMs), '1×'],
    ['full index (read, parse, lineage, rules)', ms(r.indexMs), per(r.indexMs), x(r.indexRatio)],
    ['  of which loadVault (read + parse)', ms(r.loadMs), per(r.loadMs), x(r.loadMs / r.readFloorMs)],
    ['  of which findings() (lineage + rules)', ms(r.rulesMs), per(r.rulesMs), x(r.rulesMs / r.readFloorMs)],
    [`remark read + parse (${r.remarkSampleNotes}-note sample, extrapolated)`, ms(r.remarkMs), per(r.remarkMs), x(r.remarkRatio)],
  ];
  if (r.checkProcessMs !== null) {
    rows.push(['`one-on-one check` whole process', ms(r.checkProcessMs), per(r.checkProcessMs), x(r.checkProcessRatio!)]);
    rows.push(['`check --cache`, vault unchanged', ms(r.cachedCheckProcessMs!), per(r.cachedCheckProcessMs!), x(r.cachedCheckProcessMs! / r.readFloorMs)]);
  }
  const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((row) => row[c].length), ['what', 'ms', 'ms/note', '× floor'][c].length));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('   ');
  const verdict = (pass: boolean | null) => (pass === null ? 'n/a' : pass ? 'PASS' : 'FAIL');
  const t = r.targets;
  return [
    '',
    `${r.notes} notes (${r.files} Markdown files, ${r.series} series, ${r.noteMB.toFixed(1)} MB, ${r.taskItems} task items), ` +
      `median of ${r.runs} runs (remark and check: ${Math.min(r.runs, 3)}), Node ${r.node}, ${r.cpus} CPUs, ` +
      `load average ${r.loadAverage[0].toFixed(1)} → ${r.loadAverage[1].toFixed(1)}`,
    '',
    line(['what', 'ms', 'ms/note', '× floor']),
    ...rows.map(line),
    '',
    `findings: ${r.findings} in process; check printed ${r.checkLines ?? 'n/a'} lines, exit code ${r.checkExitCode ?? 'n/a'}`,
    `keystroke (setFile + findingsForFile, 50-note series, ${r.keystrokeEdits} edits): ` +
      `median ${ms(r.keystrokeMedianMs)} ms, p95 ${ms(r.keystrokeP95Ms)} ms, first edit ${ms(r.keystrokeFirstMs)} ms`,
    `surfaces after one note edit (status bar, This week, Meetings rows, Commitments; ${r.surfaces.edits} edits): ` +
      `every series recomputed median ${ms(r.surfaces.everySeriesMedianMs)} ms, p95 ${ms(r.surfaces.everySeriesP95Ms)} ms; ` +
      `per-series memos median ${ms(r.surfaces.memoMedianMs)} ms, p95 ${ms(r.surfaces.memoP95Ms)} ms`,
    `heap retained by the index: ${r.indexHeapMB === null ? 'n/a (run node with --expose-gc)' : `${r.indexHeapMB.toFixed(1)} MB`}`,
    `calendar: read + expand (${r.calendar.series} series × 5 years weekly, ${r.calendar.calendarKB.toFixed(0)} KB, ${r.calendar.occurrences} occurrences): ` +
      `${ms(r.calendar.readExpandMs)} ms, ${x(r.calendar.ratio)} reading the file (${ms(r.calendar.readFloorMs)} ms)` +
      (r.calendar.problems > 0 ? `; ${r.calendar.problems} problems reading it` : ''),
    '',
    `targets (at ${r.targetsAt}):`,
    `  full index ≤ ${t.indexRatio.target}× read floor   ${x(r.indexRatio).padStart(8)}   ${verdict(t.indexRatio.pass)}`,
    `  keystroke p95 ≤ ${t.keystrokeP95Ms.target} ms          ${ms(r.keystrokeP95Ms).padStart(8)}   ${verdict(t.keystrokeP95Ms.pass)}`,
    `  index heap ≤ ${t.indexHeapMB.target} MB            ${(r.indexHeapMB === null ? 'n/a' : r.indexHeapMB.toFixed(1)).padStart(8)}   ${verdict(t.indexHeapMB.pass)}`,
    `  check process ≤ ${t.checkProcessMs.target} ms       ${(r.checkProcessMs === null ? 'n/a' : ms(r.checkProcessMs)).padStart(8)}   ${verdict(t.checkProcessMs.pass)}`,
    `  check --cache ≤ ${t.cachedCheckRatio.target}× check     ${(r.cachedCheckRatio === null ? 'n/a' : x(r.cachedCheckRatio)).padStart(8)}   ${verdict(t.cachedCheckRatio.pass)}`,
    '',
  ].join('\n');
}

main().catch((e: unknown) => {
  process.stderr.write(`bench: ${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
