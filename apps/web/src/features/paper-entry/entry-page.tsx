import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { call, client } from '../../api/client';
import { type Language, languages } from '../../lib/i18n';
import { Page } from '../../ui/page';
import { EmptyState, QueryState } from '../../ui/states';
import { EntryForm } from './entry-form';

/** Staff type in returned paper questionnaires and interviews of one wave, one after the other. */
export function EntryPage() {
  const { t } = useTranslation('paper-entry');
  const { projectId = '', waveId = '' } = useParams();
  const survey = useQuery({
    queryKey: ['wave-survey', waveId],
    queryFn: () => call(client.GET('/api/waves/{waveId}/survey', { params: { path: { waveId } } })),
  });
  const back = <Link to={`/projects/${projectId}/waves/${waveId}`}>{t('page.back')}</Link>;
  return (
    <QueryState query={survey}>
      {({ wave, definition, languages: projectLanguages }) => {
        const choices = languages.filter((lng) => projectLanguages.includes(lng)) as Language[];
        return (
          <Page title={t('page.title', { label: wave.label })} actions={back}>
            {wave.status === 'draft' ? (
              <EmptyState title={t('page.draft')}>{back}</EmptyState>
            ) : (
              <>
                <p>{t('page.hint')}</p>
                {wave.status === 'closed' ? <p className="notice">{t('page.closed')}</p> : null}
                <EntryForm
                  waveId={wave.id}
                  definition={definition}
                  languages={choices.length > 0 ? choices : ['nl']}
                />
              </>
            )}
          </Page>
        );
      }}
    </QueryState>
  );
}
