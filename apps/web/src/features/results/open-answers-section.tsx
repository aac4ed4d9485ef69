import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Wave } from '../../api/types';
import { currentLanguage } from '../../lib/i18n';
import { localize } from '../../lib/localize';
import { useInView } from '../../lib/use-in-view';
import { Field } from '../../ui/field';
import { Section } from '../../ui/page';
import { EmptyState, QueryState } from '../../ui/states';
import { openAnswersQuery } from './queries';

/** Open-text answers of one wave per question; questions too few people answered show only that. */
export function OpenAnswersSection({ projectId, waves }: { projectId: string; waves: Wave[] }) {
  const { t } = useTranslation('results');
  const answered = waves.filter((wave) => (wave.counts?.responses ?? 0) > 0);
  const [waveId, setWaveId] = useState(answered[answered.length - 1]?.id ?? '');
  const [sectionRef, inView] = useInView<HTMLDivElement>();
  const answers = useQuery({ ...openAnswersQuery(projectId, waveId), enabled: waveId !== '' && inView });
  const lang = currentLanguage();
  return (
    <Section title={t('open.title')} id="open-answers">
      {answered.length === 0 ? (
        <EmptyState title={t('indicators.noAnswers')} />
      ) : (
        <div ref={sectionRef}>
          <Field label={t('open.wave')}>
            {(props) => (
              <select {...props} value={waveId} onChange={(event) => setWaveId(event.target.value)}>
                {answered.map((wave) => (
                  <option key={wave.id} value={wave.id}>
                    {wave.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <QueryState query={answers}>
            {(data) =>
              data.questions.length === 0 ? (
                <EmptyState title={t('open.noQuestions')} />
              ) : (
                <div className="open-answers">
                  {data.questions.map((question) => (
                    <article key={question.name} className="open-question">
                      <h3>{localize(question.title, lang)}</h3>
                      {question.suppressed ? (
                        <p className="suppressed">
                          {question.n === 0 ? t('open.none') : t('open.tooFew', { count: data.minCellSize })}
                        </p>
                      ) : (
                        <>
                          <p className="muted">{t('open.count', { count: question.n })}</p>
                          <ul className="answers">
                            {(question.answers ?? []).map((answer, index) => (
                              // Answers may repeat; their position in the sorted list tells nothing.
                              // biome-ignore lint/suspicious/noArrayIndexKey: the list never reorders.
                              <li key={index}>{answer}</li>
                            ))}
                          </ul>
                        </>
                      )}
                    </article>
                  ))}
                </div>
              )
            }
          </QueryState>
        </div>
      )}
    </Section>
  );
}
