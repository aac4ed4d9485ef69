import type { ProgrammeIndicator } from '@neighbourly/core';
import { drawTable, type TableRow } from '../pdf/table.js';
import { sectionHeading } from '../sections/section-heading.js';
import { estimateText } from './indicator-pages.js';
import type { ProgrammeContext } from './programme-context.js';
import { headlineChange, headlineWave, pooledOf } from './programme-measures.js';

/** The summary: one row per indicator with the pooled level and change, grouped by objective. */
export function renderProgrammeSummary(context: ProgrammeContext): void {
  const { rd, programme, t, fmt } = context;
  sectionHeading(context, { id: 'summary', title: t.sections.summary, newPage: true });
  rd.write(t.summaryIntro, { size: 9.5, after: 10 });
  const wave = headlineWave(programme);
  const change = headlineChange(programme);
  if (programme.indicators.length === 0) {
    rd.write(t.empty, { size: 10, italic: true });
    return;
  }
  const groups = new Map<string, ProgrammeIndicator[]>();
  for (const indicator of programme.indicators) {
    const objective = context.objective(indicator.objectiveId);
    const key = `${objective.kind === 'process' ? t.process : t.outcome}: ${objective.label}`;
    const list = groups.get(key) ?? [];
    list.push(indicator);
    groups.set(key, list);
  }
  const rows: TableRow[] = [];
  for (const [heading, indicators] of groups) {
    rows.push({ heading });
    for (const indicator of indicators) {
      const level = pooledOf(programme, indicator.id, wave)?.meta;
      const pooledChange = pooledOf(programme, indicator.id, change);
      const meta = pooledChange?.meta;
      rows.push([
        context.indicator(indicator),
        fmt.integer(pooledChange?.k ?? 0),
        level ? estimateText(context, indicator, level, false) : { text: '–', muted: true },
        meta
          ? { text: estimateText(context, indicator, meta, true), bold: meta.ci[0] > 0 || meta.ci[1] < 0 }
          : { text: t.tooFew, muted: true },
        meta ? `${fmt.decimal(meta.i2 * 100, 0)}%` : '',
      ]);
    }
  }
  drawTable(
    rd,
    [
      { header: t.columns.indicator, weight: 3.2 },
      { header: t.columns.projects, weight: 1.1, align: 'right' },
      {
        header: wave ? t.columns.level(context.wave(wave.kind === 'wave' ? wave.waveId : '')) : '',
        weight: 2.6,
      },
      {
        header:
          change && change.kind === 'change'
            ? t.columns.change(context.wave(change.from), context.wave(change.to))
            : '',
        weight: 2.8,
      },
      { header: t.columns.heterogeneity, weight: 0.9, align: 'right' },
    ],
    rows,
    { size: 7.5 },
  );
}
