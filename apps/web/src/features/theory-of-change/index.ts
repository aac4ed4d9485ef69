import { createElement, lazy, Suspense } from 'react';
import { Loading } from '../../ui/states';

// The editor brings React Flow and core's layout: a chunk of its own, fetched when the page is opened.
const LazyTheoryOfChangePage = lazy(() =>
  import('./theory-of-change-page').then((module) => ({ default: module.TheoryOfChangePage })),
);

/** The theory of change editor (journey 4), loaded when first opened. */
export function TheoryOfChangePage() {
  return createElement(Suspense, { fallback: createElement(Loading) }, createElement(LazyTheoryOfChangePage));
}
