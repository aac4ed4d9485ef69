import type { ReactNode } from 'react';

/** A small status label; the tone colours it, the text says it (colour is never the only cue). */
export function Badge({
  tone = 'muted',
  children,
}: {
  tone?: 'ok' | 'warn' | 'danger' | 'muted';
  children: ReactNode;
}) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}
