import { v7 as uuidv7 } from 'uuid';
import { newWave } from '../../new-records.js';
import { parseStoreInput, requireLookupString } from '../../parse-store-input.js';
import { ListOptionsSchema } from '../../record-fields.js';
import type { WaveRepository } from '../../store.js';
import { StoreError } from '../../store-error.js';
import { applyPatch } from '../../store-rules.js';
import { WaveInputSchema, WavePatchSchema } from '../../wave.js';
import { insertSql } from './insert-sql.js';
import { type WaveRow, waveFromRow, waveToRow } from './rows.js';
import type { SqliteDatabase } from './sqlite-database.js';

/** Waves in SQLite: creating one locks the survey version it answers. */
export function sqliteWaveRepository(db: SqliteDatabase): WaveRepository {
  return {
    create: async (input) => {
      const data = parseStoreInput(WaveInputSchema, input, 'wave');
      return db.write(() => {
        db.requireProject(data.projectId);
        const survey = db.requireSurvey(data.surveyId);
        if (survey.projectId !== data.projectId) {
          throw new StoreError('conflict', `Survey "${survey.id}" belongs to another project`);
        }
        const version = data.surveyVersion ?? survey.latestVersion;
        if (!db.surveyVersion(survey.id, version)) {
          throw new StoreError('not-found', `Survey "${survey.id}" has no version ${version}`);
        }
        const at = db.timestamp();
        const wave = newWave(uuidv7(), data, version, at);
        db.run(insertSql.waves, waveToRow(wave));
        db.run(
          'UPDATE survey_versions SET locked = 1 WHERE survey_id = ? AND version = ? AND locked = 0',
          survey.id,
          version,
        );
        return wave;
      });
    },
    get: async (id) => db.read(() => db.wave(requireLookupString(id, 'wave id'))),
    list: async (projectId, options) => {
      const { limit, after } = parseStoreInput(ListOptionsSchema, options ?? {}, 'list options');
      requireLookupString(projectId, 'project id');
      return db.read(() =>
        db
          .all<WaveRow>(
            'SELECT * FROM waves WHERE project_id = ? AND id > ? ORDER BY id LIMIT ?',
            projectId,
            after ?? '',
            limit,
          )
          .map(waveFromRow),
      );
    },
    update: async (id, patch) => {
      const changes = parseStoreInput(WavePatchSchema, patch, 'wave patch');
      requireLookupString(id, 'wave id');
      return db.write(() => {
        const wave = db.wave(id);
        if (!wave) throw new StoreError('not-found', `No wave with id "${id}"`);
        const updated = applyPatch(wave, changes, db.timestamp());
        db.run(
          'UPDATE waves SET label = @label, access = @access, status = @status, opens_at = @opens_at, closes_at = @closes_at, updated_at = @updated_at WHERE id = @id',
          waveToRow(updated),
        );
        return updated;
      });
    },
  };
}
