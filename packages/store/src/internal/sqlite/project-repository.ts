import { v7 as uuidv7 } from 'uuid';
import { parseStoreInput, requireLookupString } from '../../parse-store-input.js';
import { type Project, ProjectInputSchema, ProjectPatchSchema } from '../../project.js';
import { ListOptionsSchema } from '../../record-fields.js';
import type { ProjectRepository } from '../../store.js';
import { StoreError } from '../../store-error.js';
import { applyPatch } from '../../store-rules.js';
import { insertSql } from './insert-sql.js';
import { type ProjectRow, projectFromRow, projectToRow } from './rows.js';
import type { SqliteDatabase } from './sqlite-database.js';

/** Projects in SQLite: the slug is unique. */
export function sqliteProjectRepository(db: SqliteDatabase): ProjectRepository {
  const slugTaken = (slug: string) => db.get('SELECT 1 FROM projects WHERE slug = ?', slug) !== undefined;
  return {
    create: async (input) => {
      const data = parseStoreInput(ProjectInputSchema, input, 'project');
      const at = db.timestamp();
      const project: Project = { id: uuidv7(), ...data, createdAt: at, updatedAt: at };
      db.write(() => {
        if (slugTaken(project.slug)) {
          throw new StoreError('duplicate', `A project with slug "${project.slug}" exists`);
        }
        db.run(insertSql.projects, projectToRow(project));
      });
      return project;
    },
    get: async (id) => db.read(() => db.project(requireLookupString(id, 'project id'))),
    getBySlug: async (slug) =>
      db.read(() => {
        const row = db.get<ProjectRow>(
          'SELECT * FROM projects WHERE slug = ?',
          requireLookupString(slug, 'slug'),
        );
        return row && projectFromRow(row);
      }),
    list: async (options) => {
      const { limit, after } = parseStoreInput(ListOptionsSchema, options ?? {}, 'list options');
      return db.read(() =>
        db
          .all<ProjectRow>('SELECT * FROM projects WHERE id > ? ORDER BY id LIMIT ?', after ?? '', limit)
          .map(projectFromRow),
      );
    },
    update: async (id, patch) => {
      const changes = parseStoreInput(ProjectPatchSchema, patch, 'project patch');
      requireLookupString(id, 'project id');
      return db.write(() => {
        const project = db.requireProject(id);
        if (changes.slug !== undefined && changes.slug !== project.slug && slugTaken(changes.slug)) {
          throw new StoreError('duplicate', `A project with slug "${changes.slug}" exists`);
        }
        const updated = applyPatch(project, changes, db.timestamp());
        db.run(
          'UPDATE projects SET slug = @slug, name = @name, languages = @languages, framework_id = @framework_id, theory_of_change = @theory_of_change, indicator_set = @indicator_set, context = @context, updated_at = @updated_at WHERE id = @id',
          projectToRow(updated),
        );
        return updated;
      });
    },
  };
}
