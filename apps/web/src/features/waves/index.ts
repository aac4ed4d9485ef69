export { WavesPage } from './waves-page';
