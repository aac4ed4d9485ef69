import type { ChartConfiguration } from 'chart.js';
import { ink } from '../palette.js';
import { drawTable } from '../pdf/table.js';
import { sectionHeading } from '../sections/section-heading.js';
import { drawDendrogram } from './dendrogram.js';
import type { ProgrammeContext } from './programme-context.js';

/** The typology: how the types were made, their profiles (table and chart) and the dendrogram. */
export function renderTypologySection(context: ProgrammeContext): void {
  const { rd, programme, t, fmt } = context;
  const typology = programme.typology;
  if (!typology) return;
  sectionHeading(context, { id: 'typology', title: t.sections.typology, newPage: true });
  rd.write(t.typologyIntro(typology.k, typology.vars.map(context.variable).join(', '), typology.ids.length), {
    size: 9.5,
    after: 10,
  });
  drawTable(
    rd,
    [
      { header: t.columns.type, weight: 1.3 },
      { header: t.columns.projects, weight: 1.1, align: 'right' },
      { header: t.columns.share, weight: 1, align: 'right' },
      ...typology.vars.map((name) => ({
        header: context.variable(name),
        weight: 1.4,
        align: 'right' as const,
      })),
    ],
    typology.profiles.map((profile) => [
      { text: t.type(profile.cluster), bold: true },
      fmt.integer(profile.n),
      `${fmt.decimal(profile.share * 100, 0)}%`,
      ...typology.vars.map((name) => fmt.compact(profile.means[name] ?? 0)),
    ]),
    { size: 7 },
  );
  rd.ensureSpace(240);
  rd.write(t.profileChart, { size: 9, bold: true, colour: ink.accentDark, after: 4 });
  const config: ChartConfiguration<'bar'> = {
    type: 'bar',
    data: {
      labels: typology.vars.map(context.variable),
      datasets: typology.profiles.map((profile) => ({
        label: t.type(profile.cluster),
        data: typology.vars.map((name) => profile.zMeans[name] ?? 0),
        backgroundColor: context.clusterColour(profile.cluster),
        borderWidth: 0,
      })),
    },
    options: {
      plugins: { legend: { display: false } },
      scales: {
        x: { grid: { display: false }, ticks: { color: ink.text } },
        y: {
          grid: { color: ink.rule },
          ticks: { color: ink.muted, callback: (v) => fmt.compact(Number(v)) },
        },
      },
    },
  };
  const chartTop = rd.y;
  rd.placeChart(config, { x: rd.left, y: chartTop, width: rd.width, height: 196 });
  // The legend, drawn here so it matches the dendrogram's type colours.
  let x = rd.left + 30;
  const legendY = chartTop + 204;
  for (const profile of typology.profiles) {
    const label = t.type(profile.cluster);
    rd.doc.save().rect(x, legendY, 8, 8).fillColor(context.clusterColour(profile.cluster)).fill().restore();
    rd.write(label, { size: 7.5, x: x + 11, y: legendY });
    x += 11 + rd.widthOf(label, { size: 7.5 }) + 16;
  }
  rd.y = legendY + 16;
  rd.ensureSpace(220);
  rd.write(t.dendrogram, { size: 9, bold: true, colour: ink.accentDark, after: 6 });
  const top = rd.y;
  drawDendrogram(
    rd,
    typology,
    { x: rd.left, y: top, width: rd.width, height: 190 },
    context.clusterColour,
    t.type,
  );
  rd.y = top + 200;
}
