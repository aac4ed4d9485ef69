import type { ProgrammeResults, Typology } from '@neighbourly/core';
import { useTranslation } from 'react-i18next';
import { Section } from '../../ui/page';
import { ScrollArea } from '../../ui/scroll-area';
import { useProgrammeFormat } from './use-programme-format';

/** The types of neighbourhood: each type's projects and its profile on the context variables. */
export function TypesSection({
  typology,
  projects,
}: {
  typology: Typology;
  projects: ProgrammeResults['projects'];
}) {
  const { t } = useTranslation('programme');
  const number = useProgrammeFormat();
  return (
    <Section title={t('types.title')} id="types">
      <p className="muted">{t('types.intro', { vars: typology.vars.join(', ') })}</p>
      <ul className="indicator-grid">
        {typology.profiles.map((profile) => (
          <li key={profile.cluster} className="indicator-card">
            <h3>
              {t('types.type', { n: profile.cluster })}{' '}
              <span className="muted">· {t('types.members', { count: profile.n })}</span>
            </h3>
            <p>
              {projects
                .filter((project) => project.cluster === profile.cluster)
                .map((project) => project.name ?? project.id)
                .join(', ')}
            </p>
            <ScrollArea label={t('types.type', { n: profile.cluster })}>
              <table>
                <caption className="visually-hidden">{t('types.type', { n: profile.cluster })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('types.variable')}</th>
                    <th scope="col" className="num">
                      {t('types.mean')}
                    </th>
                    <th scope="col" className="num">
                      z
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {typology.vars.map((name) => (
                    <tr key={name}>
                      <th scope="row">{name}</th>
                      <td className="num">{number.number(profile.means[name] ?? Number.NaN, 1)}</td>
                      <td className="num">{number.number(profile.zMeans[name] ?? Number.NaN, 2)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollArea>
          </li>
        ))}
      </ul>
    </Section>
  );
}
