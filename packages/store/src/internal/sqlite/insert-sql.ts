/** The INSERT statement of each table, with named parameters matching the row shapes of `rows.ts`. */
export const insertSql = {
  projects:
    'INSERT INTO projects (id, slug, name, languages, framework_id, theory_of_change, indicator_set, context, created_at, updated_at) VALUES (@id, @slug, @name, @languages, @framework_id, @theory_of_change, @indicator_set, @context, @created_at, @updated_at)',
  surveys:
    'INSERT INTO surveys (id, project_id, name, latest_version, created_at, updated_at) VALUES (@id, @project_id, @name, @latest_version, @created_at, @updated_at)',
  surveyVersions:
    'INSERT INTO survey_versions (survey_id, project_id, version, definition, locked, created_at, updated_at) VALUES (@survey_id, @project_id, @version, @definition, @locked, @created_at, @updated_at)',
  waves:
    'INSERT INTO waves (id, project_id, survey_id, survey_version, label, access, status, opens_at, closes_at, created_at, updated_at) VALUES (@id, @project_id, @survey_id, @survey_version, @label, @access, @status, @opens_at, @closes_at, @created_at, @updated_at)',
  respondents:
    'INSERT INTO respondents (id, project_id, respondent_group, attributes, created_at, updated_at) VALUES (@id, @project_id, @respondent_group, @attributes, @created_at, @updated_at)',
  contacts:
    'INSERT INTO contacts (respondent_id, project_id, name, email, phone, language, created_at, updated_at) VALUES (@respondent_id, @project_id, @name, @email, @phone, @language, @created_at, @updated_at)',
  invitations:
    'INSERT INTO invitations (id, project_id, wave_id, respondent_id, token_hash, status, expires_at, created_at, updated_at) VALUES (@id, @project_id, @wave_id, @respondent_id, @token_hash, @status, @expires_at, @created_at, @updated_at)',
  responses:
    'INSERT INTO responses (id, project_id, wave_id, survey_id, survey_version, respondent_id, invitation_id, status, answers, language, mode, created_at, updated_at, submitted_at) VALUES (@id, @project_id, @wave_id, @survey_id, @survey_version, @respondent_id, @invitation_id, @status, @answers, @language, @mode, @created_at, @updated_at, @submitted_at)',
  responseKeys:
    'INSERT INTO response_keys (project_id, key, response_id, created_at) VALUES (@project_id, @key, @response_id, @created_at)',
  apiKeys:
    'INSERT INTO api_keys (id, name, role, project_id, key_hash, created_at, revoked_at) VALUES (@id, @name, @role, @project_id, @key_hash, @created_at, @revoked_at)',
  audit:
    'INSERT INTO audit_log (id, at, actor, action, project_id, target, details) VALUES (@id, @at, @actor, @action, @project_id, @target, @details)',
} as const;
