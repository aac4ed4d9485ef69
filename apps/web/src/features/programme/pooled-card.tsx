import type {
  PooledOverall,
  ProgrammeBreakdown,
  ProgrammeIndicator,
  ProgrammeMeasure,
} from '@neighbourly/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import { localize } from '../../lib/localize';
import { ScrollArea } from '../../ui/scroll-area';
import { ForestPlot, type ForestRow } from './forest-plot';
import { groupsDiffer, variationOf } from './heterogeneity';
import { useProgrammeFormat } from './use-programme-format';

/**
 * One indicator of the programme for the chosen round or change: the pooled value and its interval, where a
 * new project would land, how much the projects differ, the breakdowns, and on demand each project.
 */
export function PooledCard({
  indicator,
  measure,
  cell,
  breakdowns,
  projectName,
  fixedEffect,
}: {
  indicator: ProgrammeIndicator;
  measure: ProgrammeMeasure;
  cell: PooledOverall | undefined;
  breakdowns: readonly ProgrammeBreakdown[];
  projectName: (id: string) => string;
  /** The fixed-effect method: no variation between projects is estimated. */
  fixedEffect: boolean;
}) {
  const { t, i18n } = useTranslation('programme');
  const lang = i18n.resolvedLanguage ?? 'en';
  const format = useFormat();
  const number = useProgrammeFormat();
  const [showProjects, setShowProjects] = useState(false);
  const value = (v: number) => number.value(indicator, measure, v);
  const title = localize(indicator.label, lang) || indicator.id;
  const meta = cell?.meta;
  const headingId = `pooled-${indicator.id}`;
  const shown = (cell?.projects ?? []).filter(
    (row) => !row.hidden && row.estimate !== undefined && row.ci !== undefined,
  );
  const rows: ForestRow[] = shown.map((row) => ({
    label: projectName(row.projectId),
    estimate: row.estimate as number,
    ci: row.ci as [number, number],
    ...(row.weight === undefined ? {} : { weight: row.weight }),
  }));
  return (
    <li className="indicator-card" aria-labelledby={headingId}>
      <div className="indicator-head">
        <h3 id={headingId}>{title}</h3>
      </div>
      {cell === undefined || meta === undefined || cell.status !== 'pooled' ? (
        <p className="muted">{t('results.tooFewProjects')}</p>
      ) : (
        <>
          <p className="pooled-value">
            <span className="visually-hidden">{t('results.pooled')}: </span>
            <strong>{value(meta.estimate)}</strong>{' '}
            <span className="muted">
              {t('results.ci', { low: value(meta.ci[0]), high: value(meta.ci[1]) })}
            </span>
          </p>
          <ul className="pooled-facts">
            <li>
              {meta.predictionInterval === null
                ? t('results.predictionNone')
                : t('results.prediction', {
                    low: value(meta.predictionInterval[0]),
                    high: value(meta.predictionInterval[1]),
                  })}
            </li>
            <li>
              {t('results.projects', { count: cell.k })}
              {cell.hidden > 0 ? ` · ${t('results.hidden', { count: cell.hidden })}` : ''}
              {cell.leftOut > 0 ? ` · ${t('results.leftOut', { count: cell.leftOut })}` : ''}
            </li>
            <li>
              {fixedEffect
                ? t('results.fixed')
                : t(`results.variation.${variationOf(meta.i2)}`, { i2: number.i2(meta.i2) })}
            </li>
          </ul>
          {breakdowns.map((breakdown) => (
            <BreakdownTable
              key={breakdown.variable}
              breakdown={breakdown}
              format={value}
              slopeFormat={(v) => number.number(v, 3)}
              p={number.p}
            />
          ))}
          <button
            type="button"
            className="link-button"
            aria-expanded={showProjects}
            onClick={() => setShowProjects((open) => !open)}
          >
            {showProjects ? t('results.hideProjects') : t('results.showProjects')}
          </button>
          {showProjects ? (
            <div className="forest">
              <ForestPlot
                rows={rows}
                meta={meta}
                pooledLabel={t('results.forestPooled')}
                summary={`${title}: ${t('results.forest')}`}
                locale={format.locale}
                format={value}
                zeroLine={measure.kind === 'change'}
              />
              {cell.hidden > 0 ? (
                <p className="muted">{t('results.forestHidden', { count: cell.hidden })}</p>
              ) : null}
              <ScrollArea label={`${title}: ${t('results.forest')}`}>
                <table>
                  <caption className="visually-hidden">{`${title}: ${t('results.forest')}`}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('results.project')}</th>
                      <th scope="col" className="num">
                        {t('results.estimate')}
                      </th>
                      <th scope="col" className="num">
                        {t('results.interval')}
                      </th>
                      <th scope="col" className="num">
                        {t('results.weight')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((row) => (
                      <tr key={row.label}>
                        <th scope="row">{row.label}</th>
                        <td className="num">{value(row.estimate)}</td>
                        <td className="num">
                          {value(row.ci[0])} – {value(row.ci[1])}
                        </td>
                        <td className="num">{row.weight === undefined ? '' : format.percent(row.weight)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollArea>
            </div>
          ) : null}
        </>
      )}
    </li>
  );
}

/** A breakdown of one indicator: per type or context value the pooled value, or a slope for a number. */
function BreakdownTable({
  breakdown,
  format,
  slopeFormat,
  p,
}: {
  breakdown: ProgrammeBreakdown;
  format: (value: number) => string;
  slopeFormat: (value: number) => string;
  p: (value: number) => string;
}) {
  const { t } = useTranslation('programme');
  const isType = breakdown.variable === 'cluster';
  const caption = isType ? t('results.byTypes') : t('results.byTitle', { variable: breakdown.variable });
  if (breakdown.slope !== undefined) {
    const slope = breakdown.slope;
    return (
      <p className="muted">
        {t('results.slope', {
          variable: breakdown.variable,
          slope: slopeFormat(slope.estimate),
          low: slopeFormat(slope.ci[0]),
          high: slopeFormat(slope.ci[1]),
          p: p(slope.p),
        })}
      </p>
    );
  }
  return (
    <>
      <ScrollArea label={caption}>
        <table className="compact">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('results.level')}</th>
              <th scope="col" className="num">
                {t('results.pooled')}
              </th>
              <th scope="col" className="num">
                {t('results.projectsColumn')}
              </th>
            </tr>
          </thead>
          <tbody>
            {(breakdown.levels ?? []).map((level) => (
              <tr key={level.level}>
                <th scope="row">{isType ? t('results.typeLevel', { level: level.level }) : level.level}</th>
                <td className="num">
                  {level.status === 'pooled' && level.meta !== undefined
                    ? `${format(level.meta.estimate)} (${format(level.meta.ci[0])} – ${format(level.meta.ci[1])})`
                    : t('results.tooFewShort')}
                </td>
                <td className="num">{level.k}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollArea>
      {breakdown.test === undefined ? null : (
        <p className="muted">
          {groupsDiffer(breakdown.test.p)
            ? t('results.groupsDiffer', { p: p(breakdown.test.p) })
            : t('results.groupsAlike', { p: p(breakdown.test.p) })}
        </p>
      )}
    </>
  );
}
