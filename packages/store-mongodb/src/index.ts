export { databaseNameFromUrl } from './mongo-url.js';
