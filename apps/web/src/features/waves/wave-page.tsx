import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { apiUrl } from '../../api/client';
import { useProject, useSurveys, useWaves } from '../../api/queries';
import { useFormat } from '../../lib/format';
import type { Language } from '../../lib/i18n';
import { Page, Section } from '../../ui/page';
import { EmptyState, QueryState } from '../../ui/states';
import { PaperSection } from '../paper-entry';
import { CloseWaveButton } from './close-wave-button';
import { CreateInvitations } from './create-invitations';
import { EmailSection } from './email-section';
import { InvitationList } from './invitation-list';
import { LettersButton } from './letters-button';
import { WaveStatus } from './wave-status';

/** One wave: its counts, its invitations (create, list, revoke, re-invite, e-mail, letters) and "Close wave". */
export function WavePage() {
  const { t } = useTranslation('waves');
  const { projectId = '', waveId = '' } = useParams();
  const waves = useWaves(projectId);
  const surveys = useSurveys(projectId);
  const project = useProject(projectId);
  const format = useFormat();
  return (
    <QueryState query={waves}>
      {(list) => {
        const wave = list.find((candidate) => candidate.id === waveId);
        if (wave === undefined) {
          return (
            <EmptyState title={t('wave.notFound')}>
              <Link to={`/projects/${projectId}/waves`}>{t('list.title')}</Link>
            </EmptyState>
          );
        }
        const open = wave.status === 'open';
        const counts = wave.counts;
        const openLink = new URL(`o/${wave.id}`, apiUrl('/')).href;
        return (
          <Page title={wave.label} actions={open ? <CloseWaveButton wave={wave} /> : null}>
            <dl className="facts">
              <div>
                <dt>{t('list.status')}</dt>
                <dd>
                  <WaveStatus wave={wave} />
                </dd>
              </div>
              <div>
                <dt>{t('list.questionnaire')}</dt>
                <dd>{surveys.data?.find((survey) => survey.id === wave.surveyId)?.name ?? '…'}</dd>
              </div>
              <div>
                <dt>{t('list.access')}</dt>
                <dd>{t(`access.${wave.access}`)}</dd>
              </div>
              {wave.opensAt ? (
                <div>
                  <dt>{t('open.opensAt')}</dt>
                  <dd>{format.dateTime(wave.opensAt)}</dd>
                </div>
              ) : null}
              {wave.closesAt ? (
                <div>
                  <dt>{t('open.closesAt')}</dt>
                  <dd>{format.dateTime(wave.closesAt)}</dd>
                </div>
              ) : null}
              <div>
                <dt>{t('list.invited')}</dt>
                <dd>{counts?.invited ?? 0}</dd>
              </div>
              <div>
                <dt>{t('wave.started')}</dt>
                <dd>{counts?.started ?? 0}</dd>
              </div>
              <div>
                <dt>{t('list.responses')}</dt>
                <dd>{counts?.responses ?? 0}</dd>
              </div>
              <div>
                <dt>{t('list.rate')}</dt>
                <dd>{counts?.responseRate === undefined ? '—' : format.percent(counts.responseRate)}</dd>
              </div>
            </dl>
            {wave.access === 'open' ? (
              <Section title={t('wave.openLinkTitle')}>
                <p>{t('wave.openLinkHint')}</p>
                <p>
                  <a href={openLink}>{openLink}</a>
                </p>
              </Section>
            ) : (
              <>
                {open ? (
                  <CreateInvitations
                    projectId={projectId}
                    wave={wave}
                    otherWaves={list.filter((w) => w.id !== wave.id)}
                  />
                ) : (
                  <p className="notice">{t('wave.closedNoInvitations')}</p>
                )}
                <EmailSection waveId={wave.id} open={open} />
                <Section title={t('letters.title')}>
                  <p>{t('letters.hint')}</p>
                  <LettersButton projectId={projectId} waveId={wave.id} />
                </Section>
                <InvitationList waveId={wave.id} canRevoke={open} />
              </>
            )}
            <PaperSection
              wave={wave}
              languages={(project.data?.languages ?? ['nl', 'fr', 'en']) as Language[]}
            />
          </Page>
        );
      }}
    </QueryState>
  );
}
