import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../../api/problem';
import { currentLanguage } from '../../lib/i18n';
import { localize } from '../../lib/localize';
import { useInView } from '../../lib/use-in-view';
import { Section } from '../../ui/page';
import { ScrollArea } from '../../ui/scroll-area';
import { EmptyState, QueryState } from '../../ui/states';
import { theoryOfChangeQuery } from './queries';
import type { Status } from './result-types';
import { StatusBadge } from './status-badge';

const fills: Record<string, string> = {
  achieved: '#b7e1c1',
  improving: '#dcefd9',
  'no-change': '#e9ecef',
  mixed: '#fff0c2',
  worsening: '#f6cdd0',
  'insufficient-data': '#eef1f4',
  'not-measured': '#ffffff',
};

interface NodeProgress {
  nodeId: string;
  kind: string;
  label: unknown;
  status: Status;
}

/** The theory of change drawn by the server, each outcome coloured by the progress the API measured. */
export function TheoryOfChangeSection({
  projectId,
  tocId,
}: {
  projectId: string;
  tocId: string | undefined;
}) {
  const { t } = useTranslation('results');
  const lang = currentLanguage();
  const [sectionRef, inView] = useInView<HTMLDivElement>();
  const toc = useQuery({ ...theoryOfChangeQuery(projectId, lang), enabled: tocId !== undefined && inView });
  const holder = useRef<HTMLElement>(null);
  const nodes = (toc.data?.progress.nodes ?? []) as unknown as NodeProgress[];

  useEffect(() => {
    const element = holder.current;
    if (element === null || toc.data === undefined) return;
    const svg = new DOMParser().parseFromString(toc.data.svg, 'image/svg+xml').documentElement;
    element.replaceChildren(document.importNode(svg, true));
    const drawn = element.querySelector('svg');
    drawn?.setAttribute('role', 'img');
    for (const node of toc.data.progress.nodes as unknown as NodeProgress[]) {
      const group = element.querySelector(`[id$="-node-${CSS.escape(node.nodeId)}"]`);
      if (group === null) continue;
      group.querySelector('rect')?.setAttribute('fill', fills[node.status] ?? '#ffffff');
      group.setAttribute('data-status', node.status);
      const title = group.querySelector('title');
      if (title !== null) title.textContent = `${title.textContent} — ${t(`status.${node.status}`)}`;
    }
  }, [toc.data, t]);

  if (tocId === undefined) {
    return (
      <Section title={t('toc.title')} id="theory-of-change">
        <EmptyState title={t('toc.none')} />
      </Section>
    );
  }
  const measuredNodes = nodes.filter((node) => node.kind === 'outcome' || node.kind === 'impact');
  return (
    <Section title={t('toc.title')} id="theory-of-change">
      <div ref={sectionRef} />
      {toc.error instanceof ApiProblem && toc.error.status === 404 ? (
        <EmptyState title={t('toc.none')} />
      ) : (
        <QueryState query={toc}>
          {() => (
            <>
              <p className="muted">{t('toc.hint')}</p>
              <ScrollArea className="toc-diagram" label={t('toc.title')} ref={holder} />
              <ul className="toc-legend" aria-label={t('toc.legend')}>
                {Object.entries(fills).map(([status, fill]) => (
                  <li key={status}>
                    <span className="swatch" style={{ background: fill }} /> {t(`status.${status}`)}
                  </li>
                ))}
              </ul>
              <table>
                <caption className="visually-hidden">{t('toc.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('toc.node')}</th>
                    <th scope="col">{t('toc.progress')}</th>
                  </tr>
                </thead>
                <tbody>
                  {measuredNodes.map((node) => (
                    <tr key={node.nodeId}>
                      <th scope="row">{localize(node.label, lang)}</th>
                      <td>
                        <StatusBadge status={node.status} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </QueryState>
      )}
    </Section>
  );
}
