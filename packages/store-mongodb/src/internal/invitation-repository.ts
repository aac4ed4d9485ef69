import {
  type Invitation,
  InvitationInputSchema,
  type InvitationRepository,
  newInvitation,
  parseStoreInput,
  type Respondent,
  requireLookupString,
  requirePending,
  SecretHashSchema,
  StoreError,
  type Wave,
} from '@neighbourly/store';
import { v7 as uuidv7 } from 'uuid';
import { fromDocument } from './documents.js';
import { byField, byId } from './filters.js';
import { isDuplicateKeyError, type MongoDatabase } from './mongo-database.js';

/** Invitations in MongoDB, kept by the hash of their token. */
export function mongoInvitationRepository(db: MongoDatabase): InvitationRepository {
  return {
    create: async (input) => {
      const data = parseStoreInput(InvitationInputSchema, input, 'invitation');
      return db.op(async () => {
        const wave = await db.require<Wave>('waves', data.waveId, 'wave');
        const respondent = await db.require<Respondent>('respondents', data.respondentId, 'respondent');
        if (respondent.projectId !== wave.projectId) {
          throw new StoreError('conflict', `Respondent "${respondent.id}" belongs to another project`);
        }
        const at = db.timestamp();
        const invitation = newInvitation(uuidv7(), wave, respondent, data, at);
        await db.insert('invitations', invitation).catch((error: unknown) => {
          throw isDuplicateKeyError(error)
            ? new StoreError('duplicate', 'An invitation with this token hash exists')
            : error;
        });
        return invitation;
      });
    },
    get: async (id) => db.op(() => db.find<Invitation>('invitations', byId(id, 'invitation id'))),
    getByTokenHash: async (tokenHash) =>
      db.op(() => db.find<Invitation>('invitations', byField('tokenHash', tokenHash))),
    list: async (waveId, options) => db.list<Invitation>('invitations', byField('waveId', waveId), options),
    revoke: async (id) => {
      requireLookupString(id, 'invitation id');
      return db.op(async () => {
        const at = db.timestamp();
        const revoked = await db
          .c('invitations')
          .findOneAndUpdate(
            byId(id),
            { $set: { status: 'revoked', updatedAt: at } },
            { returnDocument: 'after' },
          );
        if (revoked === null) throw new StoreError('not-found', `No invitation with id "${id}"`);
        return fromDocument<Invitation>('invitations', revoked);
      });
    },
    replaceToken: async (id, tokenHash, options) => {
      requireLookupString(id, 'invitation id');
      const hash = parseStoreInput(SecretHashSchema, tokenHash, 'token hash');
      return db.op(async () => {
        const invitation = await db.require<Invitation>('invitations', id, 'invitation');
        const allowStarted = options?.allowStarted === true;
        requirePending(invitation, { allowStarted });
        const updated = await db
          .c('invitations')
          .findOneAndUpdate(
            { ...byId(id), status: { $in: allowStarted ? ['pending', 'started'] : ['pending'] } },
            { $set: { tokenHash: hash, updatedAt: db.timestamp() } },
            { returnDocument: 'after' },
          )
          .catch((error: unknown) => {
            throw isDuplicateKeyError(error)
              ? new StoreError('duplicate', 'An invitation with this token hash exists')
              : error;
          });
        if (updated === null) throw new StoreError('conflict', `Invitation "${id}" is no longer pending`);
        return fromDocument<Invitation>('invitations', updated);
      });
    },
  };
}
