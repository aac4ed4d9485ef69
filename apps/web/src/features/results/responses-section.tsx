import { useTranslation } from 'react-i18next';
import type { Survey, Wave } from '../../api/types';
import { useFormat } from '../../lib/format';
import { BarChart, seriesColours } from '../../ui/bar-chart';
import { Section } from '../../ui/page';
import { ScrollArea } from '../../ui/scroll-area';
import { EmptyState } from '../../ui/states';

/** Complete responses per wave over time: one group of bars per wave name, one bar per questionnaire. */
export function ResponsesSection({ waves, surveys }: { waves: Wave[]; surveys: Survey[] }) {
  const { t } = useTranslation('results');
  const format = useFormat();
  if (waves.length === 0) {
    return (
      <Section title={t('responses.title')} id="responses">
        <EmptyState title={t('responses.noWaves')} />
      </Section>
    );
  }
  const labels = [...new Set(waves.map((wave) => wave.label))];
  const used = surveys.filter((survey) => waves.some((wave) => wave.surveyId === survey.id));
  const series = used.map((survey, index) => ({
    label: survey.name,
    colour: seriesColours[index % seriesColours.length] ?? '#1f5fa8',
    values: labels.map((label) => {
      const wave = waves.find((candidate) => candidate.label === label && candidate.surveyId === survey.id);
      return wave === undefined ? null : (wave.counts?.responses ?? 0);
    }),
  }));
  const summary = waves
    .map(
      (wave) =>
        `${wave.label} (${used.find((s) => s.id === wave.surveyId)?.name ?? ''}): ${wave.counts?.responses ?? 0}`,
    )
    .join('; ');
  return (
    <Section title={t('responses.title')} id="responses">
      <BarChart
        labels={labels}
        series={series}
        summary={`${t('responses.title')}. ${summary}`}
        locale={format.locale}
        stacked
        wholeNumbers
        height={240}
      />
      <ScrollArea label={t('responses.title')}>
        <table>
          <caption className="visually-hidden">{t('responses.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('responses.wave')}</th>
              <th scope="col">{t('responses.questionnaire')}</th>
              <th scope="col" className="num">
                {t('responses.invited')}
              </th>
              <th scope="col" className="num">
                {t('responses.responses')}
              </th>
              <th scope="col" className="num">
                {t('responses.rate')}
              </th>
            </tr>
          </thead>
          <tbody>
            {waves.map((wave) => (
              <tr key={wave.id}>
                <th scope="row">{wave.label}</th>
                <td>{used.find((survey) => survey.id === wave.surveyId)?.name ?? ''}</td>
                <td className="num">{wave.counts?.invited ?? 0}</td>
                <td className="num">{wave.counts?.responses ?? 0}</td>
                <td className="num">
                  {wave.counts?.responseRate === undefined ? '—' : format.percent(wave.counts.responseRate)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollArea>
    </Section>
  );
}
