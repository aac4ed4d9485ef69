import { useEffect, useState } from 'react';

/**
 * Whether an element has come near the viewport (once true, it stays true): parts of a long page below the
 * fold fetch and draw only when the reader gets there, so the first screen is usable sooner.
 *
 * Returns a callback ref: the element is watched from whenever it mounts, also when it appears only after
 * the data it depends on has arrived (a RefObject read once on mount would miss it, and the part would
 * never load).
 */
export function useInView<T extends Element>(margin = '300px'): [(element: T | null) => void, boolean] {
  const [element, setElement] = useState<T | null>(null);
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    if (seen || element === null) return;
    if (typeof IntersectionObserver === 'undefined') {
      setSeen(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setSeen(true);
          observer.disconnect();
        }
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [element, seen, margin]);
  return [setElement, seen];
}
