import { useTranslation } from 'react-i18next';
import { LanguageDownload } from '../../ui/language-download';

/** Printable invitation letters (a PDF, one letter per page with a QR code and a short link) in a chosen language. */
export function LettersButton({ projectId, waveId }: { projectId: string; waveId: string }) {
  const { t } = useTranslation('waves');
  return (
    <LanguageDownload
      path={`/api/projects/${projectId}/waves/${waveId}/invitations/letters.pdf`}
      fileName={(lang) => `invitation-letters-${lang}.pdf`}
      languageLabel={t('letters.language')}
      actionLabel={t('letters.action')}
    />
  );
}
