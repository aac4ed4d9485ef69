import type { ProgrammeMeasure, ProgrammeResults } from '@neighbourly/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localize } from '../../lib/localize';
import { Field } from '../../ui/field';
import { LanguageDownload } from '../../ui/language-download';
import { Section } from '../../ui/page';
import { EmptyState } from '../../ui/states';
import { CoverageSection } from './coverage-section';
import { defaultMeasure, measuredIndicatorIds, measureKey, measuresOf, sameMeasure } from './measure';
import { PooledCard } from './pooled-card';
import { type ProgrammeRequest, searchOf } from './programme-query';
import { TypesSection } from './types-section';

/** A pooled programme: key figures, one card per indicator for the chosen round or change, types, coverage, PDF. */
export function ProgrammeResultsView({
  programme,
  request,
}: {
  programme: ProgrammeResults;
  request: ProgrammeRequest;
}) {
  const { t, i18n } = useTranslation('programme');
  const lang = i18n.resolvedLanguage ?? 'en';
  const measures = measuresOf(programme);
  const [chosen, setChosen] = useState<ProgrammeMeasure | undefined>(() => defaultMeasure(programme));
  const measure =
    chosen !== undefined && measures.some((m) => sameMeasure(m, chosen)) ? chosen : defaultMeasure(programme);
  const names = new Map(programme.projects.map((project) => [project.id, project.name ?? project.id]));
  const projectName = (id: string) => names.get(id) ?? id;
  const label = (m: ProgrammeMeasure) =>
    m.kind === 'wave'
      ? t('results.wave', { wave: m.waveId })
      : t('results.change', { from: m.from, to: m.to });
  const pooledAny = programme.pooled.some((cell) => cell.status === 'pooled');
  const measuredIds = measuredIndicatorIds(programme);
  const measured = programme.indicators.filter((indicator) => measuredIds.has(indicator.id));
  // The pooled cell of each indicator for the chosen measure, looked up once.
  const cells = new Map(
    programme.pooled
      .filter((cell) => measure !== undefined && sameMeasure(cell.measure, measure))
      .map((cell) => [cell.indicatorId, cell]),
  );
  const cellOf = (indicatorId: string) => cells.get(indicatorId);
  const pooled = measured.filter((indicator) => cellOf(indicator.id)?.status === 'pooled');
  const notPooled = measured.filter((indicator) => cellOf(indicator.id)?.status !== 'pooled');
  return (
    <>
      <Section title={t('results.title')} id="pooled">
        <dl className="facts">
          <div>
            <dt>{t('results.facts.projects')}</dt>
            <dd>{programme.projects.length}</dd>
          </div>
          <div>
            <dt>{t('results.facts.indicators')}</dt>
            <dd>{measured.length}</dd>
          </div>
          <div>
            <dt>{t('results.facts.waves')}</dt>
            <dd>{programme.waves.join(', ') || '—'}</dd>
          </div>
        </dl>
        {programme.issues.length === 0 ? null : (
          <div className="notice">
            <p>
              <strong>{t('results.issues')}</strong>
            </p>
            <ul>
              {programme.issues.map((issue) => (
                <li key={`${issue.code}:${issue.message}`}>{issue.message}</li>
              ))}
            </ul>
          </div>
        )}
        {measure === undefined || !pooledAny ? (
          <EmptyState title={t('results.noIndicators')}>
            <p>{t('results.noIndicatorsHint')}</p>
          </EmptyState>
        ) : (
          <>
            <Field label={t('results.measure')}>
              {(props) => (
                <select
                  {...props}
                  value={measureKey(measure)}
                  onChange={(event) => setChosen(measures.find((m) => measureKey(m) === event.target.value))}
                >
                  {measures.map((m) => (
                    <option key={measureKey(m)} value={measureKey(m)}>
                      {label(m)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <ul className="indicator-grid">
              {pooled.map((indicator) => (
                <PooledCard
                  key={`${indicator.id}:${measureKey(measure)}`}
                  indicator={indicator}
                  measure={measure}
                  cell={cellOf(indicator.id)}
                  breakdowns={programme.breakdowns.filter(
                    (breakdown) =>
                      breakdown.indicatorId === indicator.id && sameMeasure(breakdown.measure, measure),
                  )}
                  projectName={projectName}
                  fixedEffect={programme.method === 'FE'}
                />
              ))}
            </ul>
            {notPooled.length === 0 ? null : (
              <details className="not-pooled">
                <summary>{t('results.notPooled', { count: notPooled.length })}</summary>
                <p className="muted">{t('results.notPooledHint')}</p>
                <ul>
                  {notPooled.map((indicator) => (
                    <li key={indicator.id}>{localize(indicator.label, lang) || indicator.id}</li>
                  ))}
                </ul>
              </details>
            )}
          </>
        )}
      </Section>
      {programme.typology === undefined ? null : (
        <TypesSection typology={programme.typology} projects={programme.projects} />
      )}
      <CoverageSection programme={programme} />
      <Section title={t('report.title')} id="report">
        <p className="muted">{t('report.intro')}</p>
        <LanguageDownload
          path="/api/programmes/report.pdf"
          query={searchOf(request)}
          fileName={(lang) => `programme-report-${lang}.pdf`}
          languageLabel={t('report.language')}
          actionLabel={t('report.action')}
        />
      </Section>
    </>
  );
}
