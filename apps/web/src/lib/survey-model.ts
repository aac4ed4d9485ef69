import 'survey-core/survey-core.fontless.min.css';
import 'survey-core/i18n/dutch';
import 'survey-core/i18n/french';
import './survey-frame.css';
import { Model, Serializer } from 'survey-core';
import type { Language } from './i18n';

/**
 * The `neighbourly` metadata property, as `registerNeighbourlyProperties` of @neighbourly/surveys registers it
 * on the server (that package also carries Node-only import code, so the browser registers it here).
 */
function registerMetadata(): void {
  for (const className of ['question', 'survey', 'panel', 'page']) {
    if (!Serializer.findProperty(className, 'neighbourly'))
      Serializer.addProperty(className, { name: 'neighbourly', visible: false, isSerializable: true });
  }
}

/**
 * A survey-core model of a questionnaire in one language with all questions on one page and no Complete
 * button: what the preview and the paper-entry form draw with survey-react-ui, inside an element of class
 * `survey-frame` (the respondent page's theme).
 */
export function singlePageModel(definition: Record<string, unknown>, lang: Language): Model {
  registerMetadata();
  const survey = new Model(definition);
  survey.locale = lang === 'en' ? '' : lang;
  survey.questionsOnPageMode = 'singlePage';
  survey.showCompleteButton = false;
  return survey;
}
