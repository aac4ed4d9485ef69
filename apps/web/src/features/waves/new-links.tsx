import { useTranslation } from 'react-i18next';
import { saveBlob } from '../../lib/download';
import { type CreatedLink, linksCsv } from './links-csv';

/** The links just created: shown this once, with a CSV to download for mail merges or printing. */
export function NewLinks({ links, waveLabel }: { links: CreatedLink[]; waveLabel: string }) {
  const { t } = useTranslation('waves');
  if (links.length === 0) {
    return (
      <p className="notice" role="status">
        {t('links.none')}
      </p>
    );
  }
  const download = () =>
    saveBlob(
      new Blob(
        [
          linksCsv(links, {
            respondent: t('links.respondent'),
            link: t('links.link'),
            expires: t('links.expires'),
          }),
        ],
        {
          type: 'text/csv;charset=utf-8',
        },
      ),
      `${waveLabel.replace(/[^\p{L}\p{N}]+/gu, '-').toLowerCase()}-invitation-links.csv`,
    );
  return (
    <div className="new-links" role="status">
      <p className="notice">
        <strong>{t('links.created', { count: links.length })}</strong> {t('links.once')}
      </p>
      <button type="button" className="primary" onClick={download}>
        {t('links.download')}
      </button>
      <details>
        <summary>{t('links.show', { count: links.length })}</summary>
        <ol className="links">
          {links.map((link) => (
            <li key={link.url}>
              <code>{link.url}</code>
            </li>
          ))}
        </ol>
      </details>
    </div>
  );
}
