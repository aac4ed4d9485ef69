import {
  applyPatch,
  newWave,
  parseStoreInput,
  requireLookupString,
  StoreError,
  type Survey,
  type Wave,
  WaveInputSchema,
  WavePatchSchema,
  type WaveRepository,
} from '@neighbourly/store';
import { v7 as uuidv7 } from 'uuid';
import { surveyVersionDocumentId } from './documents.js';
import { byField, byId } from './filters.js';
import { type MongoDatabase, sessionOption } from './mongo-database.js';

/** Waves in MongoDB: creating one locks the survey version it answers. */
export function mongoWaveRepository(db: MongoDatabase): WaveRepository {
  return {
    create: async (input) => {
      const data = parseStoreInput(WaveInputSchema, input, 'wave');
      return db.atomic(async (session) => {
        await db.require('projects', data.projectId, 'project', session);
        const survey = await db.require<Survey>('surveys', data.surveyId, 'survey', session);
        if (survey.projectId !== data.projectId) {
          throw new StoreError('conflict', `Survey "${survey.id}" belongs to another project`);
        }
        const version = data.surveyVersion ?? survey.latestVersion;
        // Lock first: a definition saved from now on starts a new version.
        const locked = await db
          .c('surveyVersions')
          .updateOne(
            byId(surveyVersionDocumentId(survey.id, version)),
            { $set: { locked: true } },
            sessionOption(session),
          );
        if (locked.matchedCount === 0) {
          throw new StoreError('not-found', `Survey "${survey.id}" has no version ${version}`);
        }
        const at = db.timestamp();
        const wave = newWave(uuidv7(), data, version, at);
        await db.insert('waves', wave, session);
        return wave;
      });
    },
    get: async (id) => db.op(() => db.find<Wave>('waves', byId(id, 'wave id'))),
    list: async (projectId, options) => db.list<Wave>('waves', byField('projectId', projectId), options),
    update: async (id, patch) => {
      const changes = parseStoreInput(WavePatchSchema, patch, 'wave patch');
      requireLookupString(id, 'wave id');
      return db.op(async () => {
        const updated = applyPatch(await db.require<Wave>('waves', id, 'wave'), changes, db.timestamp());
        await db.replace('waves', updated);
        return updated;
      });
    },
  };
}
