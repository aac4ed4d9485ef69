import type { ProgrammeResults } from '@neighbourly/core';
import { useTranslation } from 'react-i18next';
import { Section } from '../../ui/page';
import { ScrollArea } from '../../ui/scroll-area';
import { measuredIndicatorIds } from './measure';

type State = 'measured' | 'suppressed' | 'absent';
const states: readonly State[] = ['measured', 'suppressed', 'absent'];

/**
 * Who measured what: per project and round, how many of the indicators some project measured were published,
 * had too few respondents, or were not measured.
 */
export function CoverageSection({ programme }: { programme: ProgrammeResults }) {
  const { t } = useTranslation('programme');
  const measured = measuredIndicatorIds(programme);
  const counts = (projectId: string, waveId: string) => {
    const tally: Record<State, number> = { measured: 0, suppressed: 0, absent: 0 };
    for (const row of programme.coverage) {
      if (row.projectId !== projectId || !measured.has(row.indicatorId)) continue;
      tally[row.waves[waveId] ?? 'absent'] += 1;
    }
    return tally;
  };
  return (
    <Section title={t('coverage.title')} id="coverage">
      <p className="muted">{t('coverage.intro')}</p>
      <ScrollArea label={t('coverage.title')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('results.project')}</th>
              {programme.waves.map((waveId) => (
                <th key={waveId} scope="col">
                  {waveId}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {programme.projects.map((project) => (
              <tr key={project.id}>
                <th scope="row">{project.name ?? project.id}</th>
                {programme.waves.map((waveId) => {
                  const tally = counts(project.id, waveId);
                  return (
                    <td key={waveId}>
                      {states
                        .filter((state) => tally[state] > 0)
                        .map((state) => t(`coverage.${state}`, { count: tally[state] }))
                        .join(' · ')}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollArea>
    </Section>
  );
}
