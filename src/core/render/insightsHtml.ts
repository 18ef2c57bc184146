import { formatLongDate, formatShortDateFrom, shortMonthName } from '../schedule/calendarDate';
import { escapeHtml } from './htmlEscape';
import { PRIORITIES_LEFT_DAYS, type CarriedCommitment, type CommitmentOutcomes, type InsightFigures, type MonthCounts, type OutcomesBySide, type PriorityFigures, type SeriesInsights } from '../views/insights';
import { SIDES, type Side } from '../model/owner';
import type { Role } from '../model/model';
import { plural } from '../text/wording';

/**
 * The Insights webview's page (SPEC §7), built from the figures. No script at all: the charts are
 * inline SVG drawn here, every style sits in the one `<style>` the CSP's nonce allows, colours come
 * from the VS Code theme, and nothing points outside the page. Every text from the notes is
 * escaped. Pure: the panel only hands the page to VS Code.
 */

export interface InsightsPage {
  /** Whose figures: the person's name, or undefined for everyone. */
  person: string | undefined;
  /** One person: their role (whether sharing counts). */
  role?: Role;
  /** `YYYY-MM-DD`, the day the figures are for. */
  asOf: string;
  figures: InsightFigures;
  /** Everyone: one row per person. */
  people?: readonly SeriesInsights[];
}

/** The panel's title and the page's heading. */
export function insightsTitle(person: string | undefined): string {
  return `1x1 Insights — ${person ?? 'everyone'}`;
}

/** The Content-Security-Policy of the page: nothing but the nonce'd style (the charts are inline SVG, not images). */
function insightsCsp(nonce: string): string {
  return `default-src 'none'; style-src 'nonce-${nonce}';`;
}

/** The chart shows the last months only, so that bars stay readable in a narrow panel; the table has them all. */
const CHART_MONTHS = 12;
/** The chart is drawn at most this much larger than its viewBox, so that a few months are not drawn huge. */
const CHART_SCALE = 1.3;
const MIN_CHART_MONTHS = 4;
/** Horizontal room of one month in the chart's viewBox. */
const MONTH_STEP = 36;

export function insightsHtml(page: InsightsPage, nonce: string): string {
  if (!/^[A-Za-z0-9+/=_-]{16,}$/.test(nonce)) throw new Error('insightsHtml: the nonce must be at least 16 base64 characters');
  const f = page.figures;
  const title = insightsTitle(page.person);
  const sub = [`As of ${formatLongDate(page.asOf)}`, page.role && (page.role === 'manager' ? 'my manager: I set and share the agenda' : 'reports to me: they set the agenda'), page.people && plural(page.people.length, 'person', 'people')]
    .filter(Boolean)
    .join(' · ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${insightsCsp(nonce)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style nonce="${nonce}">${STYLE}svg.chart { max-width: ${chartMaxWidth(f.months.length)}px; }</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p class="sub">${escapeHtml(sub)}</p>
${cards(f, page.role)}
${monthsSection(f.months)}
${commitmentsSection(f.commitments, f.medianDaysToClose)}
${sidesSection(f.commitmentsBySide)}
${page.people ? peopleSection(page.people) : ''}
${f.priorities ? prioritiesSection(f.priorities, page.asOf) : ''}
${carriedSection(f.mostCarried, page.people !== undefined, page.asOf)}
</body>
</html>
`;
}

function cards(f: InsightFigures, role: Role | undefined): string {
  const s = f.sharing;
  const c = f.commitments;
  const done = c.doneOnTime + c.doneLate;
  const sharing =
    s.rate === null
      ? card('—', role === 'report' ? 'agendas shared on time: they set the agenda' : 'agendas shared on time: none due yet')
      : card(percent(s.rate), `agendas shared on time (${s.onTime} of ${s.counted}; ${s.late} late, ${s.never} never)`);
  return `<div class="cards">
${card(String(f.meetings.held), `meetings held (${f.meetings.canceled} canceled, ${f.meetings.rescheduled} rescheduled, ${f.meetings.planned} planned)`)}
${sharing}
${card(done === 0 ? '—' : percent(c.doneOnTime / done), `of done commitments done on time (${c.doneOnTime} of ${done})`)}
${card(days(f.medianDaysToClose), 'median time to close a commitment')}
${f.calendar ? card(String(f.calendar.moved + f.calendar.canceled), `moved or canceled in the calendar over the last 90 days (${f.calendar.moved} moved, ${f.calendar.canceled} canceled)`) : ''}
</div>`;
}

function card(value: string, label: string): string {
  return `<div class="card"><div class="value">${escapeHtml(value)}</div><div class="label">${escapeHtml(label)}</div></div>`;
}

const MONTH_STATUSES = [
  { key: 'held', label: 'held' },
  { key: 'canceled', label: 'canceled' },
  { key: 'rescheduled', label: 'rescheduled' },
  { key: 'planned', label: 'planned' },
] as const;

function monthsSection(all: readonly MonthCounts[]): string {
  if (all.length === 0) return '<section><h2>Meetings per month</h2><p class="empty">No meetings yet.</p></section>';
  const months = all.slice(-CHART_MONTHS);
  const totals = months.map(total);
  const max = Math.max(1, ...totals);
  const barWidth = 24;
  const top = 18;
  const plot = 100;
  const width = Math.max(months.length, MIN_CHART_MONTHS) * MONTH_STEP + 12;
  const height = top + plot + 34;
  const bars = months
    .map((m, i) => {
      const x = 12 + i * MONTH_STEP;
      let y = top + plot;
      const rects = MONTH_STATUSES.filter((s) => m[s.key] > 0)
        .map((s) => {
          const h = (m[s.key] / max) * plot;
          y -= h;
          return `<rect class="${s.key}" x="${x}" y="${round(y)}" width="${barWidth}" height="${round(h)}"></rect>`;
        })
        .join('');
      const label = shortMonthName(m.month);
      const year = i === 0 || m.month.endsWith('-01') ? `<text class="axis" x="${x + barWidth / 2}" y="${top + plot + 30}">${escapeHtml(m.month.slice(0, 4))}</text>` : '';
      return `<g><title>${escapeHtml(`${label} ${m.month.slice(0, 4)}: ${monthText(m)}`)}</title>${rects}<text class="count" x="${x + barWidth / 2}" y="${round(top + plot - (totals[i] / max) * plot - 4)}">${totals[i] || ''}</text><text class="axis" x="${x + barWidth / 2}" y="${top + plot + 16}">${label}</text>${year}</g>`;
    })
    .join('');
  const summary = `Meetings per month: ${months.map((m) => `${shortMonthName(m.month)} ${m.month.slice(0, 4)} ${monthText(m)}`).join('; ')}`;
  const rows = all.map((m) => `<tr><th scope="row">${escapeHtml(`${shortMonthName(m.month)} ${m.month.slice(0, 4)}`)}</th>${MONTH_STATUSES.map((s) => `<td>${m[s.key]}</td>`).join('')}</tr>`).join('\n');
  return `<section>
<h2>Meetings per month</h2>
${legend(MONTH_STATUSES.map((s) => ({ key: s.key, label: s.label })))}
<svg class="chart" role="img" aria-label="${escapeHtml(summary)}" viewBox="0 0 ${width} ${height}" width="100%" preserveAspectRatio="xMinYMin meet"><title>${escapeHtml(summary)}</title><line class="baseline" x1="6" y1="${top + plot}" x2="${width - 2}" y2="${top + plot}"></line>${bars}</svg>
${all.length > months.length ? `<p class="note">The chart shows the last ${CHART_MONTHS} months; the table has all ${all.length}.</p>` : ''}
<details><summary>As a table</summary>
<table><thead><tr><th scope="col">Month</th>${MONTH_STATUSES.map((s) => `<th scope="col">${s.label}</th>`).join('')}</tr></thead>
<tbody>
${rows}
</tbody></table>
</details>
</section>`;
}

const OUTCOMES = [
  { key: 'doneOnTime', cls: 'on-time', label: 'done on time' },
  { key: 'doneLate', cls: 'late', label: 'done late' },
  { key: 'open', cls: 'open', label: 'open' },
  { key: 'droppedOnPurpose', cls: 'on-purpose', label: 'canceled on purpose' },
  { key: 'droppedSilently', cls: 'silently', label: 'dropped silently' },
] as const;

function commitmentsSection(c: CommitmentOutcomes, median: number | null): string {
  const head = '<h2>Commitments</h2>';
  const medianLine = `<p>Median time to close: <strong>${escapeHtml(days(median))}</strong>${median === null ? ' (none done yet)' : ', from the meeting that raised it to the done date'}.</p>`;
  if (c.total === 0) return `<section>${head}<p class="empty">No commitments yet.</p>${medianLine}</section>`;
  const summary = `Commitments: ${c.total} in all — ${OUTCOMES.map((o) => `${c[o.key]} ${o.label}`).join(', ')}`;
  let x = 0;
  const rects = OUTCOMES.filter((o) => c[o.key] > 0)
    .map((o) => {
      const w = (c[o.key] / c.total) * 100;
      const rect = `<rect class="${o.cls}" x="${round(x)}" y="0" width="${round(w)}" height="10"><title>${c[o.key]} ${o.label}</title></rect>`;
      x += w;
      return rect;
    })
    .join('');
  const rows = OUTCOMES.map((o) => `<tr><th scope="row">${o.label}</th><td>${c[o.key]}</td></tr>`).join('\n');
  return `<section>
${head}
${legend(OUTCOMES.map((o) => ({ key: o.cls, label: `${o.label} ${c[o.key]}` })))}
<svg class="outcomes" role="img" aria-label="${escapeHtml(summary)}" viewBox="0 0 100 10" width="100%" preserveAspectRatio="none"><title>${escapeHtml(summary)}</title>${rects}</svg>
<p>${c.dropped} dropped: ${c.droppedOnPurpose} canceled on purpose, ${c.droppedSilently} left open and never carried on.</p>
${medianLine}
<details><summary>As a table</summary>
<table><thead><tr><th scope="col">Outcome</th><th scope="col">Commitments</th></tr></thead>
<tbody>
${rows}
<tr><th scope="row">all</th><td>${c.total}</td></tr>
</tbody></table>
</details>
</section>`;
}

const SIDE_OUTCOMES = [
  { key: 'doneOnTime', cls: 'on-time', label: 'done on time' },
  { key: 'doneLate', cls: 'late', label: 'done late' },
  { key: 'open', cls: 'open', label: 'open' },
  { key: 'dropped', cls: 'silently', label: 'dropped' },
] as const;

const SIDE_TITLES: Record<Side, string> = { mine: 'I owe', theirs: 'They owe', others: 'Others owe' };

/** SPEC §10: the outcomes per side, mine first — one bar each on one scale, and the table. */
function sidesSection(bySide: OutcomesBySide): string {
  const head = '<h2>Who owes what</h2>';
  const shown = SIDES.filter((side) => side !== 'others' || bySide.others.total > 0);
  if (shown.every((side) => bySide[side].total === 0)) return `<section>${head}<p class="empty">No commitments yet.</p></section>`;
  const max = Math.max(...shown.map((side) => bySide[side].total));
  const bars = shown
    .map((side) => {
      const c = bySide[side];
      const summary = `${SIDE_TITLES[side]}: ${c.total} — ${SIDE_OUTCOMES.map((o) => `${c[o.key]} ${o.label}`).join(', ')}`;
      let x = 0;
      const rects = SIDE_OUTCOMES.filter((o) => c[o.key] > 0)
        .map((o) => {
          const w = (c[o.key] / max) * 100;
          const rect = `<rect class="${o.cls}" x="${round(x)}" y="0" width="${round(w)}" height="10"><title>${c[o.key]} ${o.label}</title></rect>`;
          x += w;
          return rect;
        })
        .join('');
      return `<p class="side">${escapeHtml(SIDE_TITLES[side])} (${c.total})</p>
<svg class="outcomes" role="img" aria-label="${escapeHtml(summary)}" viewBox="0 0 100 10" width="100%" preserveAspectRatio="none"><title>${escapeHtml(summary)}</title>${rects}</svg>`;
    })
    .join('\n');
  const rows = shown
    .map((side) => `<tr><th scope="row">${escapeHtml(SIDE_TITLES[side])}</th>${SIDE_OUTCOMES.map((o) => `<td>${bySide[side][o.key]}</td>`).join('')}<td>${bySide[side].total}</td></tr>`)
    .join('\n');
  return `<section class="sides">
${head}
${legend(SIDE_OUTCOMES.map((o) => ({ key: o.cls, label: o.label })))}
${bars}
<table><thead><tr><th scope="col">Who owes</th>${SIDE_OUTCOMES.map((o) => `<th scope="col">${o.label}</th>`).join('')}<th scope="col">all</th></tr></thead>
<tbody>
${rows}
</tbody></table>
</section>`;
}

function peopleSection(people: readonly SeriesInsights[]): string {
  if (people.length === 0) return '';
  // The calendar column only when some person's meetings come from a calendar export.
  const withCalendar = people.some((p) => p.calendar !== null);
  const rows = people
    .map((p) => {
      const c = p.commitments;
      const shared = p.sharing.rate === null ? '—' : `${percent(p.sharing.rate)} (${p.sharing.onTime} of ${p.sharing.counted})`;
      const calendar = withCalendar ? `<td>${p.calendar ? `${p.calendar.moved} moved, ${p.calendar.canceled} canceled` : '—'}</td>` : '';
      return `<tr><th scope="row">${escapeHtml(p.name)}</th><td>${p.meetings.held}</td><td>${shared}</td><td>${c.doneOnTime}</td><td>${c.doneLate}</td><td>${c.open}</td><td>${c.dropped}</td><td>${escapeHtml(days(p.medianDaysToClose))}</td>${calendar}</tr>`;
    })
    .join('\n');
  return `<section>
<h2>Per person</h2>
<div class="scroll"><table><thead><tr><th scope="col">Person</th><th scope="col">Held</th><th scope="col">Shared on time</th><th scope="col">Done on time</th><th scope="col">Done late</th><th scope="col">Open</th><th scope="col">Dropped</th><th scope="col">Median to close</th>${withCalendar ? '<th scope="col">Calendar, last 90 days</th>' : ''}</tr></thead>
<tbody>
${rows}
</tbody></table></div>
</section>`;
}

/** One person's priorities over time (SPEC §13): the current ones with their weeks, then those that left without a word. */
function prioritiesSection(p: PriorityFigures, today: string): string {
  const current =
    p.current.length === 0
      ? '<p class="empty">No priorities in the last meeting held.</p>'
      : `<ol class="priorities">${p.current.map((c) => `<li>${escapeHtml(c.text)} <span class="weeks">${escapeHtml(`${plural(c.weeks, 'week')}, since ${formatShortDateFrom(c.since, today)}`)}</span></li>`).join('')}</ol>`;
  const left =
    p.leftSilently.length === 0
      ? `<p class="empty">None left without a word in the last ${PRIORITIES_LEFT_DAYS} days.</p>`
      : `<ul class="priorities">${p.leftSilently
          .map((l) => `<li>${escapeHtml(l.text)} <span class="weeks">${escapeHtml(`${plural(l.weeks, 'week')}, ${formatShortDateFrom(l.from, today)} to ${formatShortDateFrom(l.to, today)}; gone on ${formatShortDateFrom(l.goneOn, today)}`)}</span></li>`)
          .join('')}</ul>`;
  return `<section>
<h2>Priorities over time</h2>
<h3>In the last meeting</h3>
${current}
<h3>Left without a word (last ${PRIORITIES_LEFT_DAYS} days)</h3>
${left}
</section>`;
}

function carriedSection(items: readonly CarriedCommitment[], withPerson: boolean, today: string): string {
  const head = '<h2>Carried the most</h2>';
  if (items.length === 0) return `<section>${head}<p class="empty">No open commitment has been carried to a later meeting.</p></section>`;
  const rows = items
    .map(
      (c) =>
        `<tr><td>${escapeHtml(c.text)}<div class="file">${escapeHtml(`${c.file}:${c.line + 1}`)}</div></td>${withPerson ? `<td>${escapeHtml(c.person)}</td>` : ''}<td class="nowrap">${c.carried}×</td><td class="nowrap">${escapeHtml(formatShortDateFrom(c.raised, today))}</td><td class="nowrap">${escapeHtml(c.due === undefined ? '—' : formatShortDateFrom(c.due, today))}</td></tr>`,
    )
    .join('\n');
  return `<section>
${head}
<div class="scroll"><table><thead><tr><th scope="col">Commitment</th>${withPerson ? '<th scope="col">Person</th>' : ''}<th scope="col">Carried</th><th scope="col">Raised</th><th scope="col">Due</th></tr></thead>
<tbody>
${rows}
</tbody></table></div>
</section>`;
}

function legend(entries: { key: string; label: string }[]): string {
  return `<ul class="legend">${entries.map((e) => `<li><span class="swatch ${e.key}"></span>${escapeHtml(e.label)}</li>`).join('')}</ul>`;
}

/** The month chart's widest size: its viewBox, a little enlarged (the viewBox width as `monthsSection` computes it). */
function chartMaxWidth(months: number): number {
  return Math.round((Math.max(Math.min(months, CHART_MONTHS), MIN_CHART_MONTHS) * MONTH_STEP + 12) * CHART_SCALE);
}

function monthText(m: MonthCounts): string {
  const parts = MONTH_STATUSES.filter((s) => m[s.key] > 0).map((s) => `${m[s.key]} ${s.label}`);
  return parts.length > 0 ? parts.join(', ') : 'no meeting';
}

function total(m: MonthCounts): number {
  return m.held + m.canceled + m.rescheduled + m.planned;
}

function percent(rate: number): string {
  return `${Math.round(rate * 100)} %`;
}

function days(n: number | null): string {
  return n === null ? '—' : plural(n, 'day');
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

// Theme colours with plain fallbacks, so that the page reads the same outside VS Code (tests, a browser).
const STYLE = `
body { font-family: var(--vscode-font-family, sans-serif); font-size: var(--vscode-font-size, 13px); color: var(--vscode-foreground, #333); background: var(--vscode-editor-background, #fff); padding: 0 12px 24px; max-width: 960px; }
h1 { font-size: 1.4em; margin: 16px 0 4px; }
h2 { font-size: 1.1em; margin: 24px 0 8px; }
h3 { font-size: 1em; margin: 12px 0 4px; }
.priorities li { margin: 2px 0; }
.sub, .note, .empty, .label, .file, .weeks { color: var(--vscode-descriptionForeground, #717171); }
.cards { display: flex; flex-wrap: wrap; gap: 8px; }
.card { flex: 1 1 130px; min-width: 0; padding: 8px 10px; border: 1px solid var(--vscode-panel-border, #ccc); border-radius: 4px; background: var(--vscode-editorWidget-background, transparent); }
.card .value { font-size: 1.6em; font-weight: 600; }
.card .label { font-size: 0.9em; }
svg.chart { display: block; }
svg.outcomes { height: 1.6em; max-width: 560px; display: block; }
.side { margin: 8px 0 2px; }
svg text { fill: var(--vscode-foreground, #333); font-size: 11px; text-anchor: middle; font-family: var(--vscode-font-family, sans-serif); }
svg text.axis { fill: var(--vscode-descriptionForeground, #717171); }
.baseline { stroke: var(--vscode-charts-lines, #888); stroke-width: 1; }
.held { fill: var(--vscode-charts-green, #388a34); background: var(--vscode-charts-green, #388a34); }
.canceled { fill: var(--vscode-charts-red, #e51400); background: var(--vscode-charts-red, #e51400); }
.rescheduled { fill: var(--vscode-charts-yellow, #bf8803); background: var(--vscode-charts-yellow, #bf8803); }
.planned { fill: var(--vscode-charts-blue, #1a85ff); background: var(--vscode-charts-blue, #1a85ff); }
.on-time { fill: var(--vscode-charts-green, #388a34); background: var(--vscode-charts-green, #388a34); }
.late { fill: var(--vscode-charts-yellow, #bf8803); background: var(--vscode-charts-yellow, #bf8803); }
.open { fill: var(--vscode-charts-blue, #1a85ff); background: var(--vscode-charts-blue, #1a85ff); }
.on-purpose { fill: var(--vscode-charts-purple, #652d90); background: var(--vscode-charts-purple, #652d90); }
.silently { fill: var(--vscode-charts-red, #e51400); background: var(--vscode-charts-red, #e51400); }
.legend { list-style: none; padding: 0; margin: 0 0 6px; display: flex; flex-wrap: wrap; gap: 4px 14px; }
.swatch { display: inline-block; width: 10px; height: 10px; margin-right: 5px; border-radius: 2px; }
details { margin: 8px 0; }
summary { cursor: pointer; color: var(--vscode-textLink-foreground, #006ab1); }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; margin-top: 6px; }
th, td { text-align: left; padding: 3px 10px 3px 0; border-bottom: 1px solid var(--vscode-panel-border, #ddd); vertical-align: top; overflow-wrap: break-word; }
.file { overflow-wrap: anywhere; font-size: 0.9em; }
thead th { font-weight: 600; }
.nowrap { white-space: nowrap; overflow-wrap: normal; }
tbody th { font-weight: normal; }
`;
