import { createElement, lazy, Suspense } from 'react';
import { Loading } from '../../ui/states';

export { QuestionnairesPage } from './questionnaires-page';

// The editor brings survey-react-ui and survey-core: a chunk of its own, fetched when the page is opened.
const LazyAddQuestionnairePage = lazy(() =>
  import('./add-questionnaire-page').then((module) => ({ default: module.AddQuestionnairePage })),
);

/** Add questionnaire (journey 3), loaded when first opened. */
export function AddQuestionnairePage() {
  return createElement(
    Suspense,
    { fallback: createElement(Loading) },
    createElement(LazyAddQuestionnairePage),
  );
}
