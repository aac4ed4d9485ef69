import {
  JsonObjectSchema,
  newSurvey,
  parseStoreInput,
  requireLookupString,
  type Survey,
  SurveyInputSchema,
  type SurveyRepository,
  type SurveyVersion,
} from '@neighbourly/store';
import { v7 as uuidv7 } from 'uuid';
import { fromDocument, surveyVersionDocumentId } from './documents.js';
import { byField, byId } from './filters.js';
import { isStoreDuplicate, type MongoDatabase, sessionOption } from './mongo-database.js';

/** Surveys and their versions in MongoDB: a version used by a wave is locked. */
export function mongoSurveyRepository(db: MongoDatabase): SurveyRepository {
  return {
    create: async (input) => {
      const data = parseStoreInput(SurveyInputSchema, input, 'survey');
      const at = db.timestamp();
      const { survey, version } = newSurvey(uuidv7(), data, at);
      await db.atomic(async (session) => {
        await db.require('projects', data.projectId, 'project', session);
        await db.insert('surveyVersions', version, session);
        await db.insert('surveys', survey, session);
      });
      return survey;
    },
    get: async (id) => db.op(() => db.find<Survey>('surveys', byId(id, 'survey id'))),
    list: async (projectId, options) => db.list<Survey>('surveys', byField('projectId', projectId), options),
    rename: async (id, name) => {
      const { name: newName } = parseStoreInput(
        SurveyInputSchema.pick({ name: true }),
        { name },
        'survey name',
      );
      requireLookupString(id, 'survey id');
      return db.op(async () => {
        const survey = await db.require<Survey>('surveys', id, 'survey');
        const updated: Survey = { ...survey, name: newName, updatedAt: db.timestamp() };
        await db.c('surveys').updateOne(byId(id), {
          $set: { name: newName, updatedAt: updated.updatedAt },
        });
        return updated;
      });
    },
    saveDefinition: async (id, definition) => {
      const data = parseStoreInput(JsonObjectSchema, definition, 'survey definition');
      requireLookupString(id, 'survey id');
      for (let attempt = 0; ; attempt += 1) {
        try {
          return await db.atomic(async (session) => {
            const survey = await db.require<Survey>('surveys', id, 'survey', session);
            const at = db.timestamp();
            const latestId = surveyVersionDocumentId(id, survey.latestVersion);
            const replaced = await db
              .c('surveyVersions')
              .findOneAndUpdate(
                { _id: latestId, locked: false },
                { $set: { definition: JSON.stringify(data), updatedAt: at } },
                { ...sessionOption(session), returnDocument: 'after' },
              );
            if (replaced !== null) {
              await db.c('surveys').updateOne(byId(id), { $set: { updatedAt: at } }, sessionOption(session));
              return fromDocument<SurveyVersion>('surveyVersions', replaced);
            }
            const created: SurveyVersion = {
              surveyId: id,
              projectId: survey.projectId,
              version: survey.latestVersion + 1,
              definition: data,
              locked: false,
              createdAt: at,
              updatedAt: at,
            };
            await db.insert('surveyVersions', created, session);
            await db
              .c('surveys')
              .updateOne(
                { _id: id, latestVersion: survey.latestVersion },
                { $set: { latestVersion: created.version, updatedAt: at } },
                sessionOption(session),
              );
            return created;
          });
        } catch (error) {
          // Two saves raced to start the same new version: the loser reads again and edits that version.
          if (isStoreDuplicate(error) && attempt < 5) continue;
          throw error;
        }
      }
    },
    getVersion: async (id, version) =>
      db.op(async () => {
        const survey = await db.find<Survey>('surveys', byId(id, 'survey id'));
        if (!survey) return undefined;
        if (version !== undefined && !Number.isInteger(version)) return undefined;
        return db.find<SurveyVersion>(
          'surveyVersions',
          byId(surveyVersionDocumentId(survey.id, version ?? survey.latestVersion)),
        );
      }),
    listVersions: async (id) =>
      db.op(async () =>
        (await db.c('surveyVersions').find(byField('surveyId', id)).sort({ _id: 1 }).toArray()).map(
          (document) => fromDocument<SurveyVersion>('surveyVersions', document),
        ),
      ),
  };
}
