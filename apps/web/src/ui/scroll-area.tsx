import type { ReactNode, Ref } from 'react';

/**
 * A region that scrolls sideways on narrow screens (wide tables, the theory of change): focusable and named, so
 * keyboard users can scroll it too.
 */
export function ScrollArea({
  label,
  className = 'table-scroll',
  children,
  ref,
}: {
  label: string;
  className?: string;
  children?: ReactNode;
  ref?: Ref<HTMLElement>;
}) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take the focus to scroll by keyboard.
    <section className={className} tabIndex={0} aria-label={label} ref={ref}>
      {children}
    </section>
  );
}
