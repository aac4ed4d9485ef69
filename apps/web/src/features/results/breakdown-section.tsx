import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../lib/i18n';
import { localize } from '../../lib/localize';
import { useInView } from '../../lib/use-in-view';
import { Field } from '../../ui/field';
import { Section } from '../../ui/page';
import { ScrollArea } from '../../ui/scroll-area';
import { EmptyState, QueryState } from '../../ui/states';
import type { QuestionLabels } from './labels';
import { indicatorsQuery } from './queries';
import { hasAnswers, type IndicatorDefinition, isWhole, type ResultCell } from './result-types';
import { useValueFormat } from './use-value-format';

/** Results of one round broken down by a background question or the respondent group, with readable labels. */
export function BreakdownSection({
  projectId,
  indicators,
  questions,
  rounds,
  roundLabel,
}: {
  projectId: string;
  indicators: IndicatorDefinition[];
  questions: QuestionLabels[];
  rounds: string[];
  roundLabel: (roundId: string) => string;
}) {
  const { t } = useTranslation('results');
  const lang = currentLanguage();
  const options = [
    ...questions.map((question) => ({ name: question.name, label: localize(question.title, lang) })),
    { name: 'respondentGroup', label: t('breakdown.respondentGroup') },
  ];
  const [groupBy, setGroupBy] = useState(options[0]?.name ?? 'respondentGroup');
  const [round, setRound] = useState(rounds[rounds.length - 1] ?? '');
  const [sectionRef, inView] = useInView<HTMLDivElement>();
  const results = useQuery({
    ...indicatorsQuery(projectId, { waveId: round, groupBy }),
    enabled: round !== '' && inView,
  });
  const valueFormat = useValueFormat();
  const question = questions.find((candidate) => candidate.name === groupBy);
  const groupLabel = (value: string) =>
    groupBy === 'respondentGroup'
      ? t(`group.${value}`, value)
      : localize(question?.choices.get(value), lang) || value;

  if (rounds.length === 0) {
    return (
      <Section title={t('breakdown.title')} id="breakdown">
        <EmptyState title={t('indicators.noAnswers')} />
      </Section>
    );
  }
  return (
    <Section title={t('breakdown.title')} id="breakdown">
      <div className="inline-form" ref={sectionRef}>
        <Field label={t('breakdown.by')}>
          {(props) => (
            <select {...props} value={groupBy} onChange={(event) => setGroupBy(event.target.value)}>
              {options.map((option) => (
                <option key={option.name} value={option.name}>
                  {option.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('breakdown.round')}>
          {(props) => (
            <select {...props} value={round} onChange={(event) => setRound(event.target.value)}>
              {rounds.map((id) => (
                <option key={id} value={id}>
                  {roundLabel(id)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <QueryState query={results}>
        {(data) => {
          const cells = (data.cells as unknown as ResultCell[]).filter(
            (cell) =>
              cell.group !== undefined && Object.keys(cell.group).length === 1 && groupBy in cell.group,
          );
          const minCellSizes = new Map(
            ((data as { indicators?: { id: string; minCellSize: number }[] }).indicators ?? []).map((s) => [
              s.id,
              s.minCellSize,
            ]),
          );
          // Only indicators the whole wave can show: when the wave itself is too small, so is every group.
          const shown = indicators.filter((indicator) =>
            (data.cells as unknown as ResultCell[]).some(
              (cell) =>
                cell.indicatorId === indicator.id && isWhole(cell) && !cell.suppressed && (cell.n ?? 0) > 0,
            ),
          );
          if (shown.length === 0) return <EmptyState title={t('breakdown.none')} />;
          const groups = [...new Set(cells.map((cell) => cell.group?.[groupBy] ?? ''))];
          return (
            <ScrollArea label={t('breakdown.title')}>
              <table className="breakdown">
                <thead>
                  <tr>
                    <th scope="col">{t('breakdown.indicator')}</th>
                    {groups.map((group) => (
                      <th scope="col" key={group}>
                        {groupLabel(group)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {shown.map((indicator) => (
                    <tr key={indicator.id}>
                      <th scope="row">{localize(indicator.label, lang)}</th>
                      {groups.map((group) => {
                        const cell = cells.find(
                          (c) => c.indicatorId === indicator.id && c.group?.[groupBy] === group,
                        );
                        const hidden =
                          cell !== undefined &&
                          hasAnswers(cell) &&
                          (cell.suppressed || cell.value === undefined);
                        return (
                          <td key={group} className={hidden ? 'suppressed' : undefined}>
                            {valueFormat.cell(
                              indicator,
                              cell,
                              minCellSizes.get(indicator.id) ?? indicator.minCellSize ?? 5,
                            )}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollArea>
          );
        }}
      </QueryState>
    </Section>
  );
}
