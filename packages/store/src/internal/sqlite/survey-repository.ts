import { v7 as uuidv7 } from 'uuid';
import { JsonObjectSchema } from '../../json.js';
import { newSurvey } from '../../new-records.js';
import { parseStoreInput, requireLookupString } from '../../parse-store-input.js';
import { ListOptionsSchema } from '../../record-fields.js';
import type { SurveyRepository } from '../../store.js';
import { type Survey, SurveyInputSchema, type SurveyVersion } from '../../survey.js';
import { insertSql } from './insert-sql.js';
import {
  type SurveyRow,
  type SurveyVersionRow,
  surveyFromRow,
  surveyToRow,
  surveyVersionFromRow,
  surveyVersionToRow,
} from './rows.js';
import type { SqliteDatabase } from './sqlite-database.js';

/** Surveys and their versions in SQLite: a version used by a wave is locked (a trigger guards it too). */
export function sqliteSurveyRepository(db: SqliteDatabase): SurveyRepository {
  return {
    create: async (input) => {
      const data = parseStoreInput(SurveyInputSchema, input, 'survey');
      const at = db.timestamp();
      const { survey, version } = newSurvey(uuidv7(), data, at);
      db.write(() => {
        db.requireProject(data.projectId);
        db.run(insertSql.surveys, surveyToRow(survey));
        db.run(insertSql.surveyVersions, surveyVersionToRow(version));
      });
      return survey;
    },
    get: async (id) => db.read(() => db.survey(requireLookupString(id, 'survey id'))),
    list: async (projectId, options) => {
      const { limit, after } = parseStoreInput(ListOptionsSchema, options ?? {}, 'list options');
      requireLookupString(projectId, 'project id');
      return db.read(() =>
        db
          .all<SurveyRow>(
            'SELECT * FROM surveys WHERE project_id = ? AND id > ? ORDER BY id LIMIT ?',
            projectId,
            after ?? '',
            limit,
          )
          .map(surveyFromRow),
      );
    },
    rename: async (id, name) => {
      const { name: newName } = parseStoreInput(
        SurveyInputSchema.pick({ name: true }),
        { name },
        'survey name',
      );
      requireLookupString(id, 'survey id');
      return db.write(() => {
        const survey = db.requireSurvey(id);
        const updated: Survey = { ...survey, name: newName, updatedAt: db.timestamp() };
        db.run('UPDATE surveys SET name = ?, updated_at = ? WHERE id = ?', newName, updated.updatedAt, id);
        return updated;
      });
    },
    saveDefinition: async (id, definition) => {
      const data = parseStoreInput(JsonObjectSchema, definition, 'survey definition');
      requireLookupString(id, 'survey id');
      return db.write(() => {
        const survey = db.requireSurvey(id);
        const at = db.timestamp();
        const latest = db.surveyVersion(id, survey.latestVersion);
        if (latest && !latest.locked) {
          const updated: SurveyVersion = { ...latest, definition: data, updatedAt: at };
          db.run(
            'UPDATE survey_versions SET definition = ?, updated_at = ? WHERE survey_id = ? AND version = ?',
            JSON.stringify(data),
            at,
            id,
            latest.version,
          );
          db.run('UPDATE surveys SET updated_at = ? WHERE id = ?', at, id);
          return updated;
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
        db.run(insertSql.surveyVersions, surveyVersionToRow(created));
        db.run('UPDATE surveys SET latest_version = ?, updated_at = ? WHERE id = ?', created.version, at, id);
        return created;
      });
    },
    getVersion: async (id, version) =>
      db.read(() => {
        const survey = db.survey(requireLookupString(id, 'survey id'));
        if (!survey) return undefined;
        if (version !== undefined && !Number.isInteger(version)) return undefined;
        return db.surveyVersion(id, version ?? survey.latestVersion);
      }),
    listVersions: async (id) =>
      db.read(() =>
        db
          .all<SurveyVersionRow>(
            'SELECT * FROM survey_versions WHERE survey_id = ? ORDER BY version',
            requireLookupString(id, 'survey id'),
          )
          .map(surveyVersionFromRow),
      ),
  };
}
