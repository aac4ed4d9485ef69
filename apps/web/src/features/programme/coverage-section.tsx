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
  // One pass over the coverage rows: per project and round, how many indicators are in each state.
  const tallies = new Map<string, Record<State, number>>();
  for (const row of programme.coverage) {
    if (!measured.has(row.indicatorId)) continue;
    for (const waveId of programme.waves) {
      const key = `${row.projectId}\u0000${waveId}`;
      const tally = tallies.get(key) ?? { measured: 0, suppressed: 0, absent: 0 };
      tally[row.waves[waveId] ?? 'absent'] += 1;
      tallies.set(key, tally);
    }
  }
  const counts = (projectId: string, waveId: string): Record<State, number> =>
    tallies.get(`${projectId}\u0000${waveId}`) ?? { measured: 0, suppressed: 0, absent: 0 };
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
