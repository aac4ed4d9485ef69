import {
  applyPatch,
  type Project,
  ProjectInputSchema,
  ProjectPatchSchema,
  type ProjectRepository,
  parseStoreInput,
  requireLookupString,
  StoreError,
} from '@neighbourly/store';
import { v7 as uuidv7 } from 'uuid';
import { byField, byId } from './filters.js';
import { isDuplicateKeyError, isStoreDuplicate, type MongoDatabase } from './mongo-database.js';

/** Projects in MongoDB: the slug is unique (a unique index). */
export function mongoProjectRepository(db: MongoDatabase): ProjectRepository {
  return {
    create: async (input) => {
      const data = parseStoreInput(ProjectInputSchema, input, 'project');
      const at = db.timestamp();
      const project: Project = { id: uuidv7(), ...data, createdAt: at, updatedAt: at };
      await db
        .op(() => db.insert('projects', project))
        .catch((error: unknown) => {
          throw isStoreDuplicate(error)
            ? new StoreError('duplicate', `A project with slug "${project.slug}" exists`)
            : error;
        });
      return project;
    },
    get: async (id) => db.op(() => db.find<Project>('projects', byId(id, 'project id'))),
    getBySlug: async (slug) => db.op(() => db.find<Project>('projects', byField('slug', slug))),
    list: async (options) => db.list<Project>('projects', {}, options),
    update: async (id, patch) => {
      const changes = parseStoreInput(ProjectPatchSchema, patch, 'project patch');
      requireLookupString(id, 'project id');
      return db.op(async () => {
        const project = await db.require<Project>('projects', id, 'project');
        const updated = applyPatch(project, changes, db.timestamp());
        await db.replace('projects', updated).catch((error: unknown) => {
          throw isDuplicateKeyError(error)
            ? new StoreError('duplicate', `A project with slug "${updated.slug}" exists`)
            : error;
        });
        return updated;
      });
    },
  };
}
