/** One schema change, applied once in order; `PRAGMA user_version` records the last applied number. */
export interface Migration {
  version: number;
  description: string;
  sql: string;
}

/** The numbered migrations of the SQLite store. Never edit an applied one: append a new number. */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    description: 'projects, surveys, waves, panel, invitations, responses, api keys, audit log',
    sql: `
CREATE TABLE projects (
  id TEXT PRIMARY KEY,
  slug TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  languages TEXT NOT NULL,
  framework_id TEXT NOT NULL,
  theory_of_change TEXT,
  indicator_set TEXT,
  context TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE surveys (
  id TEXT PRIMARY KEY,
  project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  latest_version INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX surveys_by_project ON surveys(project_id, id);

CREATE TABLE survey_versions (
  survey_id TEXT NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
  project_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  definition TEXT NOT NULL,
  locked INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (survey_id, version)
) STRICT;
CREATE INDEX survey_versions_by_project ON survey_versions(project_id);

CREATE TABLE waves (
  id TEXT PRIMARY KEY,
  project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  survey_id TEXT NOT NULL,
  survey_version INTEGER NOT NULL,
  label TEXT NOT NULL,
  access TEXT NOT NULL,
  status TEXT NOT NULL,
  opens_at TEXT,
  closes_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  FOREIGN KEY (survey_id, survey_version) REFERENCES survey_versions(survey_id, version) ON DELETE CASCADE
) STRICT;
CREATE INDEX waves_by_project ON waves(project_id, id);
CREATE INDEX waves_by_survey ON waves(survey_id, survey_version);

CREATE TABLE respondents (
  id TEXT PRIMARY KEY,
  project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  respondent_group TEXT,
  attributes TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX respondents_by_project ON respondents(project_id, id);

CREATE TABLE contacts (
  respondent_id TEXT PRIMARY KEY REFERENCES respondents(id) ON DELETE CASCADE,
  project_id TEXT NOT NULL,
  name TEXT,
  email TEXT,
  phone TEXT,
  language TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX contacts_by_project ON contacts(project_id, respondent_id);

CREATE TABLE invitations (
  id TEXT PRIMARY KEY,
  project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  wave_id TEXT NOT NULL REFERENCES waves(id) ON DELETE CASCADE,
  respondent_id TEXT NOT NULL REFERENCES respondents(id) ON DELETE CASCADE,
  token_hash TEXT NOT NULL UNIQUE,
  status TEXT NOT NULL,
  expires_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX invitations_by_wave ON invitations(wave_id, id);
CREATE INDEX invitations_by_respondent ON invitations(respondent_id);
CREATE INDEX invitations_by_project ON invitations(project_id, id);

CREATE TABLE responses (
  id TEXT PRIMARY KEY,
  project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  wave_id TEXT NOT NULL REFERENCES waves(id) ON DELETE CASCADE,
  survey_id TEXT NOT NULL,
  survey_version INTEGER NOT NULL,
  respondent_id TEXT REFERENCES respondents(id) ON DELETE CASCADE,
  invitation_id TEXT REFERENCES invitations(id) ON DELETE SET NULL,
  status TEXT NOT NULL,
  answers TEXT NOT NULL,
  language TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  submitted_at TEXT
) STRICT;
CREATE INDEX responses_by_project ON responses(project_id, id);
CREATE INDEX responses_by_wave ON responses(wave_id, id);
CREATE INDEX responses_by_invitation ON responses(invitation_id);
CREATE UNIQUE INDEX responses_one_per_slot ON responses(wave_id, respondent_id) WHERE respondent_id IS NOT NULL;

CREATE TABLE response_keys (
  project_id TEXT NOT NULL,
  key TEXT NOT NULL,
  response_id TEXT NOT NULL REFERENCES responses(id) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  PRIMARY KEY (project_id, key)
) STRICT;
CREATE INDEX response_keys_by_response ON response_keys(response_id);

CREATE TABLE api_keys (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  role TEXT NOT NULL,
  project_id TEXT REFERENCES projects(id) ON DELETE CASCADE,
  key_hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  revoked_at TEXT
) STRICT;

CREATE TABLE audit_log (
  id TEXT PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  project_id TEXT,
  target TEXT,
  details TEXT
) STRICT;
CREATE INDEX audit_log_by_project ON audit_log(project_id, id);

-- Projects whose NDJSON import is running: cleaned up at open if the process died mid-import.
CREATE TABLE imports_in_progress (project_id TEXT PRIMARY KEY) STRICT;

-- The audit log is append-only, except for the rows of an import being rolled back.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
WHEN OLD.project_id IS NULL OR OLD.project_id NOT IN (SELECT project_id FROM imports_in_progress)
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
`,
  },
  {
    version: 2,
    description: 'survey versions used by a wave cannot change, nor be unlocked',
    sql: `
CREATE TRIGGER survey_versions_locked BEFORE UPDATE ON survey_versions
WHEN OLD.locked = 1 AND (NEW.definition IS NOT OLD.definition OR NEW.locked = 0)
BEGIN SELECT RAISE(ABORT, 'this survey version is used by a wave and cannot change'); END;
`,
  },
  {
    version: 3,
    description:
      'erasure may redact audit entries that mention an erased respondent (target and details only)',
    sql: `
-- A row here exists only inside an erasure's own transaction: while it does, an UPDATE of the audit log may
-- clear the target and replace the details of an entry, and nothing else. Any other UPDATE is still refused.
CREATE TABLE audit_redactions_in_progress (id INTEGER PRIMARY KEY) STRICT;
DROP TRIGGER audit_log_no_update;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
WHEN NOT EXISTS (SELECT 1 FROM audit_redactions_in_progress)
  OR NEW.id IS NOT OLD.id OR NEW.at IS NOT OLD.at OR NEW.actor IS NOT OLD.actor
  OR NEW.action IS NOT OLD.action OR NEW.project_id IS NOT OLD.project_id
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
`,
  },
  {
    version: 4,
    description: 'responses carry how they were collected: online, paper or interview',
    sql: `
ALTER TABLE responses ADD COLUMN mode TEXT NOT NULL DEFAULT 'online'
  CHECK (mode IN ('online', 'paper', 'interview'));
`,
  },
  {
    version: 5,
    description: 'staff accounts with roles per project, their browser sessions and one-time links',
    sql: `
CREATE TABLE accounts (
  id TEXT PRIMARY KEY,
  email TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  language TEXT NOT NULL,
  status TEXT NOT NULL,
  grants TEXT NOT NULL,
  password_hash TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE sessions (
  id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  token_hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
) STRICT;
CREATE INDEX sessions_by_account ON sessions(account_id);

CREATE TABLE account_links (
  id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  purpose TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  expires_at TEXT NOT NULL,
  used_at TEXT,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX account_links_by_account ON account_links(account_id, purpose);
`,
  },
  {
    version: 6,
    description: 'the durable e-mail queue (addresses are personal data: erased with the respondent)',
    sql: `
CREATE TABLE mail_messages (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL
    CHECK (kind IN ('staff-invitation', 'password-reset', 'resident-invitation', 'reminder')),
  recipient TEXT NOT NULL,
  language TEXT NOT NULL,
  project_id TEXT REFERENCES projects(id) ON DELETE CASCADE,
  wave_id TEXT,
  invitation_id TEXT,
  respondent_id TEXT,
  account_id TEXT REFERENCES accounts(id) ON DELETE CASCADE,
  status TEXT NOT NULL CHECK (status IN ('queued', 'sending', 'sent', 'failed', 'cancelled')),
  attempts INTEGER NOT NULL,
  scheduled_at TEXT NOT NULL,
  next_attempt_at TEXT NOT NULL,
  claimed_at TEXT,
  last_error TEXT,
  created_at TEXT NOT NULL,
  sent_at TEXT
) STRICT;
CREATE INDEX mail_messages_due ON mail_messages(status, next_attempt_at);
CREATE INDEX mail_messages_by_wave ON mail_messages(wave_id, id);
CREATE INDEX mail_messages_by_respondent ON mail_messages(respondent_id);
CREATE INDEX mail_messages_by_account ON mail_messages(account_id);
`,
  },
];
