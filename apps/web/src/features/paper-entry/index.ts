import { createElement, lazy, Suspense } from 'react';
import { Loading } from '../../ui/states';

export { PaperSection } from './paper-section';

// The entry form brings survey-react-ui and survey-core: a chunk of its own, fetched when the page is opened.
const LazyEntryPage = lazy(() => import('./entry-page').then((module) => ({ default: module.EntryPage })));

/** Enter paper questionnaires and interviews, loaded when first opened. */
export function EntryPage() {
  return createElement(Suspense, { fallback: createElement(Loading) }, createElement(LazyEntryPage));
}
