import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemMessage } from './problem-message';

/** A polite "loading" line for screen readers and eyes. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status" aria-live="polite">
      {label ?? t('state.loading')}
    </p>
  );
}

/** A designed empty state: what is missing and, when useful, what to do next. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty-state">
      <p className="empty-state-title">{title}</p>
      {children}
    </div>
  );
}

/** A TanStack Query result: loading, its problem, or the content made from its data. */
export function QueryState<T>({
  query,
  children,
}: {
  query: { data: T | undefined; error: unknown; isPending: boolean };
  children: (data: T) => ReactNode;
}) {
  if (query.error) return <ProblemMessage error={query.error} />;
  if (query.isPending || query.data === undefined) return <Loading />;
  return <>{children(query.data)}</>;
}

/** The placeholder of a part of the app still being built. */
export function ComingSoon({ title }: { title: string }) {
  const { t } = useTranslation();
  return (
    <EmptyState title={title}>
      <p>{t('state.coming')}</p>
    </EmptyState>
  );
}
