import { localize } from '@neighbourly/core';
import { createFormatter } from '../format.js';
import { hiddenLabel } from '../hidden-label.js';
import { ink } from '../palette.js';
import { drawTable, type TableRow } from '../pdf/table.js';
import type { RenderContext } from '../render-context.js';
import { anchorOf } from '../report-plan.js';
import { sectionHeading } from './section-heading.js';

/**
 * The summary: per key outcome indicator the first and latest value, the change with its 95% CI and a
 * status badge; then the responses per wave.
 */
export function renderSummary(context: RenderContext): void {
  const { model, rd } = context;
  const { t, fmt } = model;
  const short = createFormatter(model.lang, t.percentagePointsShort);
  sectionHeading(context, { id: anchorOf.section('summary'), title: t.sections.summary, newPage: true });

  const comparison = model.comparison;
  const fromWave = comparison?.from ?? model.waves[0]!.id;
  const toWave = comparison?.to ?? model.waves[model.waves.length - 1]!.id;
  rd.write(
    comparison === undefined
      ? t.summary.introSingle(model.waveLabel(toWave))
      : t.summary.intro(model.waveLabel(fromWave), model.waveLabel(toWave)),
    { size: 9.5, colour: ink.text, after: 12, lineGap: 2.5 },
  );

  const outcomeIds = model.framework.outcomeObjectives.map((objective) => objective.id);
  const keyIds =
    model.options.keyIndicators ??
    outcomeIds.flatMap((objectiveId) =>
      model.indicators
        .filter((indicator) => indicator.objectiveId === objectiveId)
        .map((indicator) => indicator.id),
    );
  const keyIndicators = keyIds
    .map((id) => model.indicators.find((indicator) => indicator.id === id))
    .filter((indicator) => indicator !== undefined);

  rd.write(t.summary.keyIndicators, { size: 11.5, bold: true, colour: ink.accentDark, after: 6 });
  const rows: TableRow[] = [];
  let lastObjective: string | undefined;
  for (const indicator of keyIndicators) {
    if (model.options.keyIndicators === undefined && indicator.objectiveId !== lastObjective) {
      const objective = model.framework.outcomeObjectives.find((entry) => entry.id === indicator.objectiveId);
      if (objective !== undefined) rows.push({ heading: localize(objective.label, model.lang) });
      lastObjective = indicator.objectiveId;
    }
    const unit = model.unit(indicator);
    const show = (waveId: string) => {
      const cell = model.cell(indicator.id, waveId);
      if (cell === undefined || (cell.hidden && cell.reason === 'no-answers'))
        return { text: '–', muted: true };
      if (cell.hidden) return { text: hiddenLabel(t, cell), muted: true, italic: true };
      return `${fmt.value(cell.value, unit)}  (n = ${fmt.integer(cell.n)})`;
    };
    const entry = model.comparisonFor(indicator.id);
    let change: string | { text: string; muted: boolean } = { text: '–', muted: true };
    if (
      entry !== undefined &&
      model.comparisonVisible(entry) &&
      entry.from.value !== undefined &&
      entry.to.value !== undefined
    ) {
      const delta = entry.change ?? entry.to.value - entry.from.value;
      change = short.change(delta, unit);
      if (entry.changeCi !== undefined) {
        change += `\n${short.change(entry.changeCi[0], unit, true)} … ${short.change(entry.changeCi[1], unit, true)}`;
      }
    }
    const status = entry !== undefined && model.comparisonVisible(entry) ? entry.status : 'insufficient-data';
    rows.push([
      model.indicatorLabel(indicator),
      show(fromWave),
      show(toWave),
      change,
      { status, label: t.status[status] },
    ]);
  }
  drawTable(
    rd,
    [
      { header: t.table.indicator, weight: 3.0 },
      { header: model.waveLabel(fromWave), weight: 1.55, align: 'right' },
      { header: model.waveLabel(toWave), weight: 1.55, align: 'right' },
      { header: t.table.change, weight: 1.6, align: 'right' },
      { header: t.table.status, weight: 2.3 },
    ],
    rows,
  );

  rd.ensureSpace(120);
  rd.y += 6;
  rd.write(t.summary.responses, { size: 11.5, bold: true, colour: ink.accentDark, after: 6 });
  const anyInvited = model.waves.some((wave) => wave.invited !== undefined);
  drawTable(
    rd,
    [
      { header: t.table.wave, weight: 2.6 },
      { header: t.table.respondents, weight: 1.4, align: 'right' },
      ...(anyInvited
        ? [
            { header: t.table.invited, weight: 1.4, align: 'right' as const },
            { header: t.table.responseRate, weight: 1.4, align: 'right' as const },
          ]
        : []),
    ],
    model.waves.map((wave) => {
      const respondents = model.respondents[wave.id];
      const row = [
        wave.date === undefined ? wave.label : `${wave.label} (${fmt.date(new Date(wave.date))})`,
        respondents === undefined ? '–' : fmt.integer(respondents),
      ];
      if (anyInvited) {
        row.push(wave.invited === undefined ? '–' : fmt.integer(wave.invited));
        row.push(
          wave.invited === undefined || respondents === undefined
            ? '–'
            : fmt.value(respondents / wave.invited, 'share'),
        );
      }
      return row;
    }),
  );
}
