import type { Document } from 'mongodb';
import { type CollectionKey, opaqueFields } from './collections.js';

/** A stored document: a string `_id` and record fields. */
export interface StoredDocument extends Document {
  _id: string;
}

/** The `_id` of a survey version: its survey id and zero-padded number, so ids sort by version. */
export function surveyVersionDocumentId(surveyId: string, version: number): string {
  return `${surveyId}:${String(version).padStart(10, '0')}`;
}

/** The `_id` of an idempotency key: project id (fixed length) and key. */
export function responseKeyDocumentId(projectId: string, key: string): string {
  return `${projectId}:${key}`;
}

/** Which record field is the document `_id` (records without an id field get a derived `_id`). */
function documentId(collection: CollectionKey, record: Record<string, unknown>): string {
  switch (collection) {
    case 'surveyVersions':
      return surveyVersionDocumentId(record.surveyId as string, record.version as number);
    case 'contacts':
      return record.respondentId as string;
    case 'responseKeys':
      return responseKeyDocumentId(record.projectId as string, record.key as string);
    default:
      return record.id as string;
  }
}

/** A record as a document: `_id` set, opaque JSON fields as text. */
export function documentOf(collection: CollectionKey, record: object): StoredDocument {
  const fields = record as Record<string, unknown>;
  const document: StoredDocument = { _id: documentId(collection, fields) };
  const opaque = opaqueFields[collection] ?? [];
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined || (key === 'id' && hasIdField(collection))) continue;
    document[key] = opaque.includes(key) ? JSON.stringify(value) : value;
  }
  return document;
}

/** A document as a record: `id` from `_id` where the record has one, opaque JSON parsed, helper fields dropped. */
export function fromDocument<T>(collection: CollectionKey, document: Document): T {
  const record: Record<string, unknown> = {};
  if (hasIdField(collection)) record.id = document._id;
  const opaque = opaqueFields[collection] ?? [];
  for (const [key, value] of Object.entries(document)) {
    if (key === '_id' || key === 'pending' || value === undefined || value === null) continue;
    record[key] = opaque.includes(key) && typeof value === 'string' ? JSON.parse(value) : value;
  }
  // Responses saved before collection modes existed were all answered online.
  if (collection === 'responses' && record.mode === undefined) record.mode = 'online';
  return record as T;
}

function hasIdField(collection: CollectionKey): boolean {
  return collection !== 'surveyVersions' && collection !== 'contacts' && collection !== 'responseKeys';
}
