export { defaultStoreUrl, parseStoreUrl, redactStoreUrl, type StoreLocation } from './store-url.js';
