export { TheoryOfChangePage } from './theory-of-change-page';
