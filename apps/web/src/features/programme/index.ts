export { ProgrammePage } from './programme-page';
