import {
  type ExportLine,
  type ExportRecordType,
  exportFormatVersion,
  formatExportLine,
  type ImportSummary,
  type NdjsonSource,
  type Project,
  readExportLines,
  requireLookupString,
  StoreError,
} from '@neighbourly/store';
import type { CollectionKey } from './collections.js';
import { documentOf, fromDocument, type StoredDocument } from './documents.js';
import { byField, byId, page } from './filters.js';
import { isDuplicateKeyError, type MongoDatabase, mapMongoError } from './mongo-database.js';

const projectCollections: readonly CollectionKey[] = [
  'surveys',
  'surveyVersions',
  'waves',
  'respondents',
  'contacts',
  'invitations',
  'responses',
  'responseKeys',
  'audit',
];

const exportCollections: readonly [ExportRecordType, CollectionKey][] = [
  ['survey', 'surveys'],
  ['surveyVersion', 'surveyVersions'],
  ['wave', 'waves'],
  ['respondent', 'respondents'],
  ['contact', 'contacts'],
  ['invitation', 'invitations'],
  ['response', 'responses'],
  ['responseKey', 'responseKeys'],
  ['audit', 'audit'],
];

const collectionOf: Record<ExportRecordType, CollectionKey> = {
  project: 'projects',
  survey: 'surveys',
  surveyVersion: 'surveyVersions',
  wave: 'waves',
  respondent: 'respondents',
  contact: 'contacts',
  invitation: 'invitations',
  response: 'responses',
  responseKey: 'responseKeys',
  audit: 'audit',
};

/** A project and everything in it as NDJSON lines (see `Store.exportNdjson`). */
export async function* exportMongoProject(db: MongoDatabase, projectId: string): AsyncGenerator<string> {
  requireLookupString(projectId, 'project id');
  const project = await db.op(() => db.find<Project>('projects', byId(projectId)));
  if (!project) throw new StoreError('not-found', `No project with id "${projectId}"`);
  yield formatExportLine({
    type: 'header',
    format: 'neighbourly-export',
    version: exportFormatVersion,
    projectId,
    exportedAt: db.timestamp(),
  });
  yield formatExportLine({ type: 'project', record: project });
  const limit = 1000;
  for (const [type, key] of exportCollections) {
    let after = '';
    for (;;) {
      const documents = await db.op(() =>
        db.c(key).find(page({ projectId }, after)).sort({ _id: 1 }).limit(limit).toArray(),
      );
      for (const document of documents) {
        yield formatExportLine({ type, record: fromDocument(key, document) } as ExportLine);
      }
      const last = documents.at(-1);
      if (last === undefined || documents.length < limit) break;
      after = String(last._id);
    }
  }
}

export async function importMongoProject(db: MongoDatabase, source: NdjsonSource): Promise<ImportSummary> {
  const counts = Object.fromEntries(
    Object.keys(collectionOf).map((type) => [type, 0]),
  ) as ImportSummary['counts'];
  let projectId: string | undefined;
  let started = false;
  let batch: { key: CollectionKey; documents: StoredDocument[] } | undefined;
  const flush = async () => {
    if (!batch || batch.documents.length === 0) return;
    const { key, documents } = batch;
    batch = undefined;
    await db.c(key).insertMany(documents, { ordered: true });
    await db.c('importsInProgress').updateOne(byId(projectId), {
      $set: { heartbeatAt: db.timestamp() },
    });
  };
  try {
    for await (const line of readExportLines(source)) {
      if (line.type === 'header') {
        projectId = line.projectId;
        continue;
      }
      const key = collectionOf[line.type];
      if (line.type === 'project') {
        const project = line.record;
        const existing = await db.c('projects').findOne({
          $or: [byId(project.id), byField('slug', project.slug)],
        });
        if (existing !== null) {
          throw new StoreError('duplicate', `Project "${project.slug}" (${project.id}) exists already`);
        }
        await db.c('importsInProgress').insertOne({
          _id: project.id,
          heartbeatAt: db.timestamp(),
        } as StoredDocument);
        started = true;
        await db.insert('projects', project);
      } else {
        if (batch && (batch.key !== key || batch.documents.length >= 500)) await flush();
        batch ??= { key, documents: [] };
        batch.documents.push(documentOf(key, line.record));
      }
      counts[line.type] += 1;
    }
    await flush();
    if (projectId === undefined) throw new StoreError('invalid-import', 'The import holds no project');
    await db.c('importsInProgress').deleteOne(byId(projectId));
    return { projectId, counts };
  } catch (error) {
    if (started && projectId !== undefined && !db.closed) await removeMongoProject(db, projectId);
    if (error instanceof StoreError) throw error;
    if (isDuplicateKeyError(error)) {
      throw new StoreError('duplicate', 'The import holds a record whose id or unique value exists', {
        cause: error,
      });
    }
    throw new StoreError('invalid-import', 'The import failed', { cause: mapMongoError(error) });
  }
}

/** Removes every record of a project (used only to roll back a failed import). */
export async function removeMongoProject(db: MongoDatabase, projectId: string): Promise<void> {
  for (const key of projectCollections) await db.c(key).deleteMany({ projectId });
  await db.c('projects').deleteOne(byId(projectId));
  await db.c('importsInProgress').deleteOne(byId(projectId));
}
