export { AddQuestionnairePage } from './add-questionnaire-page';
export { QuestionnairesPage } from './questionnaires-page';
