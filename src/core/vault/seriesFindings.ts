import type { LocalDateTime } from '../schedule/clock';
import type { Finding, RuleFinding } from '../rules/finding';
import { ALL_RULES } from '../rules';
import type { SeriesState } from '../model/seriesState';
import { severityOf, type Settings, type Severity } from '../settings/settings';

/**
 * The findings of every rule, one series at a time. Findings are the vault's output, not its state:
 * the last few series' findings are kept (an edit re-publishes the diagnostics of every file of its
 * series), older ones are recomputed when asked — well under a millisecond per series — so the
 * index stays small. The series state (its lineages) is never kept.
 */
export class SeriesFindings {
  /** Most recent first. */
  private recent: CachedFindings[] = [];

  /**
   * The findings of series `id` at `now` with `settings`: the kept ones when neither the series nor
   * the minute changed since, else every enabled rule run on `state()`.
   */
  of(id: string, now: LocalDateTime, settings: Settings, state: () => SeriesState): Finding[] {
    const stamp = `${now.date}T${now.time}`;
    const cached = this.recent.find((c) => c.series === id && c.stamp === stamp);
    if (cached) return cached.findings;
    const found = checkSeries(state(), settings);
    this.recent = [{ series: id, stamp, findings: found }, ...this.recent.filter((c) => c.series !== id)].slice(0, RECENT_SERIES);
    return found;
  }

  /** A file of the series was set or removed. */
  forget(id: string): void {
    // Runs for every file set: no new array unless the series' findings are kept.
    if (this.recent.some((c) => c.series === id)) this.recent = this.recent.filter((c) => c.series !== id);
  }

  /** The settings changed: any series' findings may differ. */
  forgetAll(): void {
    this.recent = [];
  }
}

/** Findings of one series computed at one minute. */
interface CachedFindings {
  series: string;
  stamp: string;
  findings: Finding[];
}

const RECENT_SERIES = 8;

const SEVERITY_RANK: Record<Severity, number> = { hint: 0, info: 1, warning: 2, error: 3 };

/** Every enabled rule's findings on one series, at their configured severities, sorted by file and position. */
export function checkSeries(state: SeriesState, settings: Settings): Finding[] {
  const found: Finding[] = [];
  for (const rule of ALL_RULES) {
    const configured = severityOf(settings, rule.id);
    if (configured === 'off') continue;
    for (const f of rule.check(state)) found.push(withSeverity(f, configured));
  }
  return found.sort(compareFindings);
}

/**
 * The rule's finding with its severity. A rule's findings are fresh objects nobody else holds, so
 * each becomes the finding itself — `milder` removed, `severity` added last, as a copy would have
 * them — instead of being copied by spreading (several times slower, for thousands of findings).
 */
function withSeverity(f: RuleFinding, configured: Severity): Finding {
  const milder = f.milder;
  const severity = milder && SEVERITY_RANK[milder] < SEVERITY_RANK[configured] ? milder : configured;
  if ('milder' in f) delete f.milder;
  const finding = f as Finding;
  finding.severity = severity;
  return finding;
}

export function compareFindings(a: Finding, b: Finding): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.range.start.line !== b.range.start.line) return a.range.start.line - b.range.start.line;
  if (a.range.start.character !== b.range.start.character) return a.range.start.character - b.range.start.character;
  return a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0;
}
