export { EntryPage } from './entry-page';
export { PaperSection } from './paper-section';
