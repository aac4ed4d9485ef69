import { requireLookupString } from '@neighbourly/store';
import type { Filter } from 'mongodb';
import type { StoredDocument } from './documents.js';

// Every MongoDB filter of the store is built here, from typed values only. Lookup values pass through
// requireLookupString, so an object such as { "$gt": "" } taken from a request body is rejected instead of
// becoming a query operator; a string, even "$gt" or '{"$gt":""}', is only ever compared for equality.

/** `{ _id: id }`. */
export function byId(id: unknown, what = 'id'): Filter<StoredDocument> {
  return { _id: requireLookupString(id, what) };
}

/** Equality on one field: `{ [field]: value }`, the value a checked string. */
export function byField(field: string, value: unknown): Filter<StoredDocument> {
  return { [field]: requireLookupString(value, field) };
}

/** An active API key by its hash. */
export function activeApiKey(keyHash: unknown): Filter<StoredDocument> {
  return { keyHash: requireLookupString(keyHash, 'key hash'), revokedAt: { $exists: false } };
}

/** A page of a list in `_id` order: `base` and `_id > after`. */
export function page(base: Filter<StoredDocument>, after: string | undefined): Filter<StoredDocument> {
  return after === undefined || after === ''
    ? base
    : { ...base, _id: { $gt: requireLookupString(after, 'after') } };
}

/** Responses of a project matching `ResponseFilter` (already validated). */
export function responsesWhere(filter: {
  projectId: string;
  waveId?: string;
  respondentId?: string;
  status?: string;
}): Filter<StoredDocument> {
  const where: Filter<StoredDocument> = { projectId: requireLookupString(filter.projectId, 'project id') };
  if (filter.waveId !== undefined) where.waveId = requireLookupString(filter.waveId, 'wave id');
  if (filter.respondentId !== undefined)
    where.respondentId = requireLookupString(filter.respondentId, 'respondent id');
  if (filter.status !== undefined) where.status = requireLookupString(filter.status, 'status');
  return where;
}

/** One batch of `streamResponses` after the id `after`. */
export function streamBatch(
  options: {
    projectId: string;
    waveIds?: readonly string[];
    since?: string;
    status: 'complete' | 'partial' | 'all';
  },
  after: string,
): Filter<StoredDocument> {
  const where: Filter<StoredDocument> = { projectId: requireLookupString(options.projectId, 'project id') };
  if (options.waveIds !== undefined) {
    where.waveId = { $in: options.waveIds.map((id) => requireLookupString(id, 'wave id')) };
  }
  if (options.since !== undefined) where.updatedAt = { $gte: requireLookupString(options.since, 'since') };
  if (options.status !== 'all') where.status = options.status;
  return page(where, after);
}

/** The response slot of a respondent in a wave. */
export function responseSlot(
  projectId: string,
  waveId: string,
  respondentId: string,
): Filter<StoredDocument> {
  return {
    projectId: requireLookupString(projectId, 'project id'),
    waveId: requireLookupString(waveId, 'wave id'),
    respondentId: requireLookupString(respondentId, 'respondent id'),
  };
}

/** Audit entries, optionally of one project. */
export function auditWhere(projectId: string | undefined): Filter<StoredDocument> {
  return projectId === undefined ? {} : { projectId: requireLookupString(projectId, 'project id') };
}
