import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import { currentLanguage } from '../../lib/i18n';
import { localize } from '../../lib/localize';
import { useInView } from '../../lib/use-in-view';
import { BarChart, seriesColours } from '../../ui/bar-chart';
import { Section } from '../../ui/page';
import { EmptyState, QueryState } from '../../ui/states';
import { comparisonQuery, indicatorsQuery } from './queries';
import {
  hasAnswers,
  type IndicatorDefinition,
  isShare,
  isWhole,
  type ResultCell,
  type Status,
} from './result-types';
import { StatusBadge } from './status-badge';
import { useValueFormat } from './use-value-format';

/**
 * Every indicator per measurement round: a chart with CI whiskers, the figures in words, and the status of
 * the change from the first to the last round with answers (all computed by the API).
 */
export function IndicatorsSection({
  projectId,
  indicators,
  roundLabel,
}: {
  projectId: string;
  indicators: IndicatorDefinition[];
  roundLabel: (roundId: string) => string;
}) {
  const { t } = useTranslation('results');
  const results = useQuery(indicatorsQuery(projectId));
  const answered = results.data?.waves.filter((wave) => (results.data?.respondents[wave] ?? 0) > 0) ?? [];
  const from = answered[0];
  const to = answered[answered.length - 1];
  const comparison = useQuery({
    ...comparisonQuery(projectId, from ?? '', to ?? ''),
    enabled: from !== undefined && to !== undefined && from !== to,
  });
  return (
    <Section title={t('indicators.title')} id="indicators">
      <QueryState query={results}>
        {(data) => {
          const cells = data.cells as unknown as ResultCell[];
          const minCellSizes = new Map(
            ((data as { indicators?: { id: string; minCellSize: number }[] }).indicators ?? []).map((s) => [
              s.id,
              s.minCellSize,
            ]),
          );
          if (indicators.length === 0) return <EmptyState title={t('indicators.none')} />;
          if (answered.length === 0) {
            return (
              <EmptyState title={t('indicators.noAnswers')}>
                <p>{t('indicators.noAnswersHint')}</p>
              </EmptyState>
            );
          }
          const statusOf = (indicatorId: string): Status => {
            const found = (
              comparison.data?.comparisons as
                | { indicatorId: string; group?: object; status: Status }[]
                | undefined
            )?.find(
              (item) =>
                item.indicatorId === indicatorId &&
                (item.group === undefined || Object.keys(item.group).length === 0),
            );
            return found?.status ?? 'not-measured';
          };
          const measured = indicators.filter((indicator) =>
            cells.some((cell) => cell.indicatorId === indicator.id && isWhole(cell) && hasAnswers(cell)),
          );
          const unmeasured = indicators.filter((indicator) => !measured.includes(indicator));
          return (
            <>
              {from !== undefined && to !== undefined && from !== to ? (
                <p className="muted">
                  {t('indicators.comparing', { from: roundLabel(from), to: roundLabel(to) })}
                </p>
              ) : (
                <p className="muted">{t('indicators.oneRound')}</p>
              )}
              <ul className="indicator-grid">
                {measured.map((indicator) => (
                  <IndicatorCard
                    key={indicator.id}
                    indicator={indicator}
                    rounds={data.waves}
                    roundLabel={roundLabel}
                    cells={cells.filter((cell) => cell.indicatorId === indicator.id && isWhole(cell))}
                    minCellSize={minCellSizes.get(indicator.id) ?? indicator.minCellSize ?? 5}
                    status={from === to ? undefined : statusOf(indicator.id)}
                  />
                ))}
              </ul>
              {unmeasured.length > 0 ? (
                <details className="unmeasured">
                  <summary>{t('indicators.unmeasured', { count: unmeasured.length })}</summary>
                  <p className="muted">{t('indicators.unmeasuredHint')}</p>
                  <ul>
                    {unmeasured.map((indicator) => (
                      <li key={indicator.id}>{localize(indicator.label, currentLanguage())}</li>
                    ))}
                  </ul>
                </details>
              ) : null}
            </>
          );
        }}
      </QueryState>
    </Section>
  );
}

function IndicatorCard({
  indicator,
  rounds,
  roundLabel,
  cells,
  minCellSize,
  status,
}: {
  indicator: IndicatorDefinition;
  rounds: string[];
  roundLabel: (roundId: string) => string;
  cells: ResultCell[];
  minCellSize: number;
  status: Status | undefined;
}) {
  const { t } = useTranslation('results');
  const format = useFormat();
  const valueFormat = useValueFormat();
  const lang = currentLanguage();
  const factor = isShare(indicator) ? 100 : 1;
  const byRound = rounds.map((round) => cells.find((cell) => cell.waveId === round));
  const labels = rounds.map(roundLabel);
  const lines = rounds.map(
    (round, index) => `${roundLabel(round)}: ${valueFormat.cell(indicator, byRound[index], minCellSize)}`,
  );
  const title = localize(indicator.label, lang);
  const [cardRef, inView] = useInView<HTMLLIElement>();
  const range =
    factor === 100
      ? { yMax: 100 }
      : indicator.scale !== undefined && (indicator.kind === 'mean' || indicator.kind === 'scale')
        ? { yMin: Math.min(0, indicator.scale.min), yMax: indicator.scale.max }
        : {};
  return (
    <li className="indicator-card" ref={cardRef}>
      <div className="indicator-head">
        <h3>{title}</h3>
        {status === undefined ? null : <StatusBadge status={status} />}
      </div>
      {inView ? (
        <BarChart
          labels={labels}
          locale={format.locale}
          summary={`${title}. ${lines.join('; ')}`}
          yTitle={factor === 100 ? '%' : t('indicators.score')}
          {...range}
          series={[
            {
              label: title,
              colour: seriesColours[0] ?? '#1f5fa8',
              values: byRound.map((cell) =>
                cell?.value === undefined || cell.suppressed ? null : cell.value * factor,
              ),
              ci: byRound.map((cell) =>
                cell?.ci === undefined || cell.suppressed
                  ? undefined
                  : [cell.ci[0] * factor, cell.ci[1] * factor],
              ),
            },
          ]}
        />
      ) : (
        <div className="chart-box" style={{ height: 220 }} />
      )}
      <ul className="figures">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </li>
  );
}
