export { databaseNameFromUrl } from './mongo-url.js';
export { type MongoStoreOptions, openMongoStore } from './open-mongo-store.js';
