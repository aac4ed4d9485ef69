import { localize } from '@neighbourly/core';
import { ink } from '../palette.js';
import { drawTable, type TableCell } from '../pdf/table.js';
import type { RenderContext } from '../render-context.js';
import { anchorOf } from '../report-plan.js';
import { sectionHeading } from './section-heading.js';

function subheading({ rd }: RenderContext, text: string): void {
  rd.ensureSpace(90);
  rd.y += 4;
  rd.write(text, { size: 11.5, bold: true, colour: ink.accentDark, after: 6 });
}

/**
 * The appendix: responses per wave and group, linked respondents, reliability, the tests and the
 * p-value adjustment, what was hidden for privacy and why, and the definition of every indicator.
 */
export function renderMethod(context: RenderContext): void {
  const { model, rd } = context;
  const { t, fmt } = model;
  sectionHeading(context, { id: anchorOf.section('method'), title: t.sections.method, newPage: true });
  rd.write(t.method.intro, { size: 9.5, after: 10, lineGap: 2.5 });

  // Respondents per wave (and response rates), then per group.
  subheading(context, t.method.responses);
  const minCell = Math.min(...model.indicators.map((indicator) => indicator.minCellSize));
  const groupRows: TableCell[][] = [];
  for (const variable of model.groupVariables) {
    const values = new Set<string>();
    for (const indicator of model.indicators) {
      for (const wave of model.waves) {
        for (const { value } of model.groupCells(indicator.id, wave.id, variable)) values.add(value);
      }
    }
    for (const value of values) {
      const row: TableCell[] = [
        model.t.groupPhrase(model.groupVariableLabel(variable), model.groupValueLabel(variable, value)),
      ];
      for (const wave of model.waves) {
        // The largest visible n over indicators; hidden cells only say "fewer than the minimum".
        // A group hidden only to protect a small one (complementary) is not small: it is not shown as "< 5".
        let best: number | undefined;
        let anySmall = false;
        let anyComplementary = false;
        for (const indicator of model.indicators) {
          const cell = model.cell(indicator.id, wave.id, { [variable]: value });
          if (cell === undefined) continue;
          if (!cell.hidden) best = Math.max(best ?? 0, cell.n);
          else if (cell.reason === 'complementary') anyComplementary = true;
          else anySmall = true;
        }
        row.push(
          best !== undefined
            ? fmt.integer(best)
            : anySmall
              ? { text: `< ${fmt.integer(minCell)}`, muted: true }
              : anyComplementary
                ? { text: t.table.complementary, muted: true, italic: true }
                : { text: '–', muted: true },
        );
      }
      groupRows.push(row);
    }
  }
  const waveColumns = model.waves.map((wave) => ({
    header: wave.label,
    weight: 1.3,
    align: 'right' as const,
  }));
  drawTable(
    rd,
    [{ header: t.table.group, weight: 2.6 }, ...waveColumns],
    [
      [
        { text: t.table.everyone, bold: true },
        ...model.waves.map((wave) => {
          const n = model.respondents[wave.id];
          return n === undefined ? { text: '–', muted: true } : { text: fmt.integer(n), bold: true };
        }),
      ],
      ...groupRows,
    ],
  );
  if (groupRows.length > 0)
    rd.write(t.method.responsesByGroupNote, { size: 7.5, colour: ink.muted, after: 6 });
  const linked = Math.max(
    0,
    ...(model.comparison?.comparisons ?? [])
      .filter((entry) => Object.keys(entry.group).length === 0)
      .map((entry) => entry.linked),
  );
  if (model.comparison !== undefined)
    rd.write(t.method.linkedText(fmt.integer(linked)), { size: 9, after: 8 });

  // Tests.
  if (model.comparison !== undefined) {
    subheading(context, t.method.tests);
    const tests = [...new Set(model.comparison.comparisons.map((entry) => entry.test))];
    const names = tests.map((test) => t.method.testNames[test] ?? test).join(', ');
    rd.write(
      t.method.testsText(
        fmt.decimal(model.comparison.alpha),
        t.method.adjustment[model.comparison.adjustment],
        names,
      ),
      { size: 9, lineGap: 2.5, after: 8 },
    );
  }

  // Reliability.
  subheading(context, t.method.reliability);
  const reliabilityRows: TableCell[][] = [];
  for (const indicator of model.indicators) {
    const alphas = model.waves.map((wave) => {
      const cell = model.cell(indicator.id, wave.id);
      return cell !== undefined && !cell.hidden && cell.alpha !== undefined ? cell.alpha : undefined;
    });
    if (alphas.every((alpha) => alpha === undefined)) continue;
    reliabilityRows.push([
      model.indicatorLabel(indicator),
      ...alphas.map((alpha) => (alpha === undefined ? { text: '–', muted: true } : fmt.decimal(alpha))),
    ]);
  }
  if (reliabilityRows.length === 0) {
    rd.write(t.method.reliabilityNone, { size: 9, colour: ink.muted, after: 8 });
  } else {
    drawTable(
      rd,
      [{ header: `${t.table.indicator} (${t.table.alpha})`, weight: 3.4 }, ...waveColumns],
      reliabilityRows,
    );
    rd.write(t.method.reliabilityNote, { size: 7.5, colour: ink.muted, after: 6 });
  }

  // Privacy.
  subheading(context, t.method.privacy);
  rd.write(
    model.hiddenCount === 0
      ? t.method.privacyNone
      : t.method.privacyText(
          fmt.integer(model.hiddenCount - model.complementaryCount),
          fmt.integer(model.complementaryCount),
        ),
    {
      size: 9,
      lineGap: 2.5,
      after: 8,
    },
  );

  // Definitions.
  subheading(context, t.method.definitions);
  for (const indicator of model.indicators) {
    const unit = model.unit(indicator);
    const lines = [
      `${t.kind[indicator.kind]} · ${t.direction[indicator.direction]}`,
      ...(indicator.description === undefined ? [] : [localize(indicator.description, model.lang)]),
      ...(indicator.items.length === 0 ? [] : [`${t.method.items}: ${indicator.items.join(', ')}`]),
      [
        ...(indicator.baseline === undefined
          ? []
          : [`${t.method.baseline}: ${fmt.value(indicator.baseline, unit)}`]),
        ...(indicator.target === undefined
          ? []
          : [`${t.method.target}: ${fmt.value(indicator.target, unit)}`]),
        `${t.method.minCell}: ${fmt.integer(indicator.minCellSize)}`,
      ].join(' · '),
    ];
    const label = model.indicatorLabel(indicator);
    const height =
      rd.heightOf(label, { size: 9, bold: true }) + rd.heightOf(lines.join('\n'), { size: 8 }) + 10;
    rd.ensureSpace(height);
    rd.write(label, { size: 9, bold: true, after: 1 });
    rd.write(lines.join('\n'), { size: 8, colour: ink.muted, after: 8, lineGap: 1.5 });
  }
}
