import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Wave } from '../../api/types';
import type { Language } from '../../lib/i18n';
import { LanguageDownload } from '../../ui/language-download';
import { Section } from '../../ui/page';

/**
 * The wave's paper side: the printable questionnaire in a chosen language, and the way to the screen where
 * staff type in returned questionnaires and interviews.
 */
export function PaperSection({ wave, languages }: { wave: Wave; languages: readonly Language[] }) {
  const { t } = useTranslation('paper-entry');
  return (
    <Section title={t('section.title')} id="paper">
      <p>{t('section.hint')}</p>
      <LanguageDownload
        path={`/api/projects/${wave.projectId}/waves/${wave.id}/questionnaire.pdf`}
        fileName={(lang) => `questionnaire-${lang}.pdf`}
        languageLabel={t('section.language')}
        actionLabel={t('section.download')}
        choices={languages}
      />
      {wave.status === 'draft' ? (
        <p className="notice">{t('section.draft')}</p>
      ) : (
        <p>
          <Link className="button" to={`/projects/${wave.projectId}/waves/${wave.id}/entry`}>
            {t('section.enter')}
          </Link>
        </p>
      )}
    </Section>
  );
}
