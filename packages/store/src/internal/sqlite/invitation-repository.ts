import { v7 as uuidv7 } from 'uuid';
import { type Invitation, InvitationInputSchema, SecretHashSchema } from '../../invitation.js';
import { newInvitation } from '../../new-records.js';
import { parseStoreInput, requireLookupString } from '../../parse-store-input.js';
import { ListOptionsSchema } from '../../record-fields.js';
import type { InvitationRepository } from '../../store.js';
import { StoreError } from '../../store-error.js';
import { requirePending } from '../../store-rules.js';
import { insertSql } from './insert-sql.js';
import { type InvitationRow, invitationFromRow, invitationToRow } from './rows.js';
import type { SqliteDatabase } from './sqlite-database.js';

/** Invitations in SQLite, kept by the hash of their token. */
export function sqliteInvitationRepository(db: SqliteDatabase): InvitationRepository {
  return {
    create: async (input) => {
      const data = parseStoreInput(InvitationInputSchema, input, 'invitation');
      return db.write(() => {
        const wave = db.wave(data.waveId);
        if (!wave) throw new StoreError('not-found', `No wave with id "${data.waveId}"`);
        const respondent = db.requireRespondent(data.respondentId);
        if (respondent.projectId !== wave.projectId) {
          throw new StoreError('conflict', `Respondent "${respondent.id}" belongs to another project`);
        }
        if (db.get('SELECT 1 FROM invitations WHERE token_hash = ?', data.tokenHash)) {
          throw new StoreError('duplicate', 'An invitation with this token hash exists');
        }
        const at = db.timestamp();
        const invitation = newInvitation(uuidv7(), wave, respondent, data, at);
        db.run(insertSql.invitations, invitationToRow(invitation));
        return invitation;
      });
    },
    get: async (id) => db.read(() => db.invitation(requireLookupString(id, 'invitation id'))),
    getByTokenHash: async (tokenHash) =>
      db.read(() => {
        const row = db.get<InvitationRow>(
          'SELECT * FROM invitations WHERE token_hash = ?',
          requireLookupString(tokenHash, 'token hash'),
        );
        return row && invitationFromRow(row);
      }),
    list: async (waveId, options) => {
      const { limit, after } = parseStoreInput(ListOptionsSchema, options ?? {}, 'list options');
      requireLookupString(waveId, 'wave id');
      return db.read(() =>
        db
          .all<InvitationRow>(
            'SELECT * FROM invitations WHERE wave_id = ? AND id > ? ORDER BY id LIMIT ?',
            waveId,
            after ?? '',
            limit,
          )
          .map(invitationFromRow),
      );
    },
    revoke: async (id) => {
      requireLookupString(id, 'invitation id');
      return db.write(() => {
        const invitation = db.invitation(id);
        if (!invitation) throw new StoreError('not-found', `No invitation with id "${id}"`);
        const updated: Invitation = { ...invitation, status: 'revoked', updatedAt: db.timestamp() };
        db.run(
          'UPDATE invitations SET status = ?, updated_at = ? WHERE id = ?',
          'revoked',
          updated.updatedAt,
          id,
        );
        return updated;
      });
    },
    replaceToken: async (id, tokenHash, options) => {
      requireLookupString(id, 'invitation id');
      const hash = parseStoreInput(SecretHashSchema, tokenHash, 'token hash');
      return db.write(() => {
        const invitation = db.invitation(id);
        if (!invitation) throw new StoreError('not-found', `No invitation with id "${id}"`);
        requirePending(invitation, { allowStarted: options?.allowStarted === true });
        if (db.get('SELECT 1 FROM invitations WHERE token_hash = ? AND id <> ?', hash, id)) {
          throw new StoreError('duplicate', 'An invitation with this token hash exists');
        }
        const updated: Invitation = { ...invitation, tokenHash: hash, updatedAt: db.timestamp() };
        db.run(
          'UPDATE invitations SET token_hash = ?, updated_at = ? WHERE id = ?',
          hash,
          updated.updatedAt,
          id,
        );
        return updated;
      });
    },
  };
}
