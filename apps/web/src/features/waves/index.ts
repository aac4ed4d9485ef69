export { OpenWavePage } from './open-wave-page';
export { WavePage } from './wave-page';
export { WavesPage } from './waves-page';
