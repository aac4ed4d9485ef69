// Generated from the server's OpenAPI document by `npm run generate:api -w @neighbourly/web`.
// Do not edit: change the server's routes and regenerate. A test fails when this file is stale.

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the store answers a round trip and its last integrity check passed */
        get: operations["getReady"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This document: the OpenAPI 3.1 description of every route */
        get: operations["getApiOpenapiJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The calling key or account: its roles per project, and whether the server can send e-mail */
        get: operations["getApiMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with e-mail address and password: sets the httpOnly session cookie `neighbourly_session` (a new one each time) */
        post: operations["postApiSession"];
        /** Sign out: ends this browser session and clears its cookie (an API key has none: nothing changes) */
        delete: operations["deleteApiSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Sign out everywhere: ends every session of the signed-in account (an API key has none) */
        delete: operations["deleteApiSessions"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the accounts with a role on the projects the caller manages (never password hashes) */
        get: operations["getApiAccounts"];
        put?: never;
        /** Invite a person: creates their account with roles per project and a one-time invitation link (7 days), e-mailed when e-mail is on */
        post: operations["postApiAccounts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an account: its roles on the caller’s projects, name, language, or disable it (signs it out everywhere) */
        patch: operations["patchApiAccountsAccountId"];
        trace?: never;
    };
    "/api/accounts/{accountId}/invitation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make a new invitation link for an account that has not accepted yet (earlier links stop working) */
        post: operations["postApiAccountsAccountIdInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make a password-reset link (1 hour) for an active account, to hand over when e-mail is off */
        post: operations["postApiAccountsAccountIdPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account-invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invitation: choose a password (12 characters or more); the link is then spent */
        post: operations["postApiAccountInvitationsAccept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/password-resets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask for a password-reset link by e-mail; the same answer whether or not the address has an account */
        post: operations["postApiPasswordResets"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/password-resets/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password with a reset link; every session of the account ends */
        post: operations["postApiPasswordResetsConfirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List API keys (never their secrets) */
        get: operations["getApiKeys"];
        put?: never;
        /** Create an API key with a role and an optional project scope */
        post: operations["postApiKeys"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/keys/{keyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API key */
        delete: operations["deleteApiKeysKeyId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the projects the key may see */
        get: operations["getApiProjects"];
        put?: never;
        /** Create a project; without an indicator set it gets the templates’ indicators, without a theory of change a starter one, so surveys from the templates are accepted at once */
        post: operations["postApiProjects"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a project */
        get: operations["getApiProjectsProjectId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a project: name, slug, languages, framework, theory of change, indicator set, context */
        patch: operations["patchApiProjectsProjectId"];
        trace?: never;
    };
    "/api/survey-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the questionnaire templates: one per round (governance, process, outcomes) and respondent group */
        get: operations["getApiSurveyTemplates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey-templates/{templateId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a questionnaire template: its SurveyJS definition in nl, fr and en, ready to adapt and POST */
        get: operations["getApiSurveyTemplatesTemplateId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/surveys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the surveys of a project */
        get: operations["getApiProjectsProjectIdSurveys"];
        put?: never;
        /** Create a survey from a SurveyJS definition; 422 with the lint issues when it has errors */
        post: operations["postApiProjectsProjectIdSurveys"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/surveys/{surveyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a survey with the definition of its latest version */
        get: operations["getApiProjectsProjectIdSurveysSurveyId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/waves": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the waves of a project with invitation and response counts and response rates */
        get: operations["getApiProjectsProjectIdWaves"];
        put?: never;
        /** Create a wave that answers the latest version of a survey (that version is then locked) */
        post: operations["postApiProjectsProjectIdWaves"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/waves/{waveId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a wave: no more responses are accepted */
        post: operations["postApiWavesWaveIdClose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/waves/{waveId}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the invitations of a wave with their state (not-opened, started, completed, expired, revoked); never their tokens */
        get: operations["getApiWavesWaveIdInvitations"];
        put?: never;
        /** Create single-use invitations: for new panel members (count) and/or existing ones (respondentIds). Tokens and links are shown once. */
        post: operations["postApiWavesWaveIdInvitations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations/{invitationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an invitation: its link stops working (a completed one keeps its response: 409) */
        delete: operations["deleteApiInvitationsInvitationId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/waves/{waveId}/invitations/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** E-mail the invitations of a wave: one e-mail, with a new personal link, to each invitation not answered and not e-mailed yet whose respondent has an address */
        post: operations["postApiWavesWaveIdInvitationsSend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/waves/{waveId}/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The reminders of a wave, per scheduled time: how many wait, were sent, failed or were cancelled */
        get: operations["getApiWavesWaveIdReminders"];
        put?: never;
        /** Send a reminder now, or schedule one (`at`), to every invitation of the wave not completed yet (with an address); an invitation reminded within 10 minutes of that time is skipped, and at sending time those completed meanwhile are skipped */
        post: operations["postApiWavesWaveIdReminders"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/{token}/survey": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The survey behind an invitation link, in the chosen language, with any saved progress */
        get: operations["getApiPublicTokenSurvey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/{token}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Save a partial response, to resume later with the same link */
        put: operations["putApiPublicTokenProgress"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/{token}/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Complete the survey: answers are validated on the server against the wave’s survey version */
        post: operations["postApiPublicTokenResponses"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/waves/{waveId}/survey": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The survey of a wave open to anyone with its link */
        get: operations["getApiPublicWavesWaveIdSurvey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/waves/{waveId}/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer a wave open to anyone; the Idempotency-Key header makes retries safe */
        post: operations["postApiPublicWavesWaveIdResponses"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/waves/{waveId}/survey": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The survey definition a wave answers, for entering paper questionnaires and interviews */
        get: operations["getApiWavesWaveIdSurvey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/waves/{waveId}/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enter a paper questionnaire or an interview (mode paper or interview), validated like an online response (a required question left blank is accepted); the printed code links it to its invitation. Also for closed waves (paper arrives late) */
        post: operations["postApiWavesWaveIdResponses"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/waves/{waveId}/questionnaire.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The printable questionnaire of a wave (PDF) in one language: boxes to tick, a code box, and a QR code to answer online instead */
        get: operations["getApiProjectsProjectIdWavesWaveIdQuestionnairePdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/waves/{waveId}/invitations/letters.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Printable invitation letters (PDF), one per page in each person’s language, with a QR code, a short link and a printed code. Each download gives every not-yet-used invitation a new code: links sent earlier for those invitations stop working */
        get: operations["getApiProjectsProjectIdWavesWaveIdInvitationsLettersPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Indicator results per measurement round (waves sharing a label) and per group with groupBy (respondent attributes and background questions only: other names are refused with 422); suppressed cells carry no number, only `suppressed: true` and `suppression` (`small-cell` or `complementary`) */
        get: operations["getApiProjectsProjectIdIndicators"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/comparison": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Compare two waves: change, its CI, the test used, adjusted p and a status per indicator */
        get: operations["getApiProjectsProjectIdComparison"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/theory-of-change": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The theory of change drawn as SVG, with the progress of each outcome (first → last wave) */
        get: operations["getApiProjectsProjectIdTheoryOfChange"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/report.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The PDF impact report in Dutch, French or English (baseline → latest wave) */
        get: operations["getApiProjectsProjectIdReportPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/open-answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The open-text answers of a wave per question, in alphabetical order; a question fewer people answered than the smallest group shown (minCellSize) has no answers */
        get: operations["getApiProjectsProjectIdOpenAnswers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programmes/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pool several projects (waves matched by measurement round label): per indicator, wave and change a random-effects meta-analysis, overall, by type and by context variable; small projects never shown */
        get: operations["getApiProgrammesResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programmes/report.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The programme report (forest plots, heterogeneity, types, coverage) in Dutch, French or English */
        get: operations["getApiProgrammesReportPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/responses.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Complete responses as CSV, pseudonymised, with the respondent’s group columns on every row. De-identified by default (no free text, small groups blanked, dates to the month); `mode=full` needs coordinator or admin and a `reason`, both audit-logged. Text cells are safe for every spreadsheet locale */
        get: operations["getApiProjectsProjectIdResponsesCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/responses.ndjson": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Complete responses as NDJSON, pseudonymised; de-identified by default, `mode=full` as for CSV */
        get: operations["getApiProjectsProjectIdResponsesNdjson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/respondents/{respondentId}/contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set (replace) the contact details of a respondent: name, e-mail address, phone, language; kept apart from answers, never exported */
        put: operations["putApiProjectsProjectIdRespondentsRespondentIdContact"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/respondents/{respondentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Erase a respondent (GDPR): their responses, invitations, contact details and e-mails; the audit log keeps counts only */
        delete: operations["deleteApiProjectsProjectIdRespondentsRespondentId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/s/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The respondent page of an invitation link, its survey and saved progress inlined */
        get: operations["getSToken"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{waveId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The respondent page of a wave open to anyone with its link */
        get: operations["getOWaveId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/k/{waveId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The kiosk page of an open wave: a shared tablet that starts afresh after each response */
        get: operations["getKWaveId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/c": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The page where a resident types the code printed on an invitation letter */
        get: operations["getC"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/static/{asset}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The respondent page files under content-hashed names, cached for a year and served compressed */
        get: operations["getStaticAsset"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Redirects to the coordinator's web app at /app/ */
        get: operations["getRoot"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The old dashboard address: redirects to the coordinator's web app at /app/ */
        get: operations["getDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/vendor/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Browser libraries: survey-core, survey-js-ui, its fontless CSS and nl/fr strings, chart.js */
        get: operations["getVendorFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** Problem400 */
        Problem400: {
            /**
             * @description urn:neighbourly:problem:<slug>
             * @enum {string}
             */
            type: "urn:neighbourly:problem:bad-request";
            /** @enum {string} */
            title: "Bad request";
            /** @constant */
            status: 400;
            /** @description What went wrong, for people */
            detail: string;
            /**
             * @description Why: a respondent or account link or wave refused, an admin key limited to one project, a full export without the right, a breakdown that is not allowed, the store is damaged or unreachable, `csrf`: a cookie write without its token, or `mail-off`: e-mail is not configured on this server
             * @enum {string}
             */
            reason?: "invalid" | "revoked" | "expired" | "closed" | "used" | "not-yet-open" | "project-scoped" | "store-damaged" | "store-unreachable" | "export-right" | "group-by-not-allowed" | "csrf" | "mail-off";
            /** @description For 422: one entry per field that is wrong */
            errors?: {
                /** @description Where: `params.…`, `query.…`, `headers.…` or `body.…` */
                path: string;
                message: string;
            }[];
        };
        /** Problem401 */
        Problem401: {
            /**
             * @description urn:neighbourly:problem:<slug>
             * @enum {string}
             */
            type: "urn:neighbourly:problem:unauthorized";
            /** @enum {string} */
            title: "Unauthorized";
            /** @constant */
            status: 401;
            /** @description What went wrong, for people */
            detail: string;
            /**
             * @description Why: a respondent or account link or wave refused, an admin key limited to one project, a full export without the right, a breakdown that is not allowed, the store is damaged or unreachable, `csrf`: a cookie write without its token, or `mail-off`: e-mail is not configured on this server
             * @enum {string}
             */
            reason?: "invalid" | "revoked" | "expired" | "closed" | "used" | "not-yet-open" | "project-scoped" | "store-damaged" | "store-unreachable" | "export-right" | "group-by-not-allowed" | "csrf" | "mail-off";
            /** @description For 422: one entry per field that is wrong */
            errors?: {
                /** @description Where: `params.…`, `query.…`, `headers.…` or `body.…` */
                path: string;
                message: string;
            }[];
        };
        /** Problem403 */
        Problem403: {
            /**
             * @description urn:neighbourly:problem:<slug>
             * @enum {string}
             */
            type: "urn:neighbourly:problem:forbidden";
            /** @enum {string} */
            title: "Forbidden";
            /** @constant */
            status: 403;
            /** @description What went wrong, for people */
            detail: string;
            /**
             * @description Why: a respondent or account link or wave refused, an admin key limited to one project, a full export without the right, a breakdown that is not allowed, the store is damaged or unreachable, `csrf`: a cookie write without its token, or `mail-off`: e-mail is not configured on this server
             * @enum {string}
             */
            reason?: "invalid" | "revoked" | "expired" | "closed" | "used" | "not-yet-open" | "project-scoped" | "store-damaged" | "store-unreachable" | "export-right" | "group-by-not-allowed" | "csrf" | "mail-off";
            /** @description For 422: one entry per field that is wrong */
            errors?: {
                /** @description Where: `params.…`, `query.…`, `headers.…` or `body.…` */
                path: string;
                message: string;
            }[];
        };
        /** Problem404 */
        Problem404: {
            /**
             * @description urn:neighbourly:problem:<slug>
             * @enum {string}
             */
            type: "urn:neighbourly:problem:not-found";
            /** @enum {string} */
            title: "Not found";
            /** @constant */
            status: 404;
            /** @description What went wrong, for people */
            detail: string;
            /**
             * @description Why: a respondent or account link or wave refused, an admin key limited to one project, a full export without the right, a breakdown that is not allowed, the store is damaged or unreachable, `csrf`: a cookie write without its token, or `mail-off`: e-mail is not configured on this server
             * @enum {string}
             */
            reason?: "invalid" | "revoked" | "expired" | "closed" | "used" | "not-yet-open" | "project-scoped" | "store-damaged" | "store-unreachable" | "export-right" | "group-by-not-allowed" | "csrf" | "mail-off";
            /** @description For 422: one entry per field that is wrong */
            errors?: {
                /** @description Where: `params.…`, `query.…`, `headers.…` or `body.…` */
                path: string;
                message: string;
            }[];
        };
        /** Problem409 */
        Problem409: {
            /**
             * @description urn:neighbourly:problem:<slug>
             * @enum {string}
             */
            type: "urn:neighbourly:problem:conflict" | "urn:neighbourly:problem:already-complete";
            /** @enum {string} */
            title: "Conflict" | "Already completed";
            /** @constant */
            status: 409;
            /** @description What went wrong, for people */
            detail: string;
            /**
             * @description Why: a respondent or account link or wave refused, an admin key limited to one project, a full export without the right, a breakdown that is not allowed, the store is damaged or unreachable, `csrf`: a cookie write without its token, or `mail-off`: e-mail is not configured on this server
             * @enum {string}
             */
            reason?: "invalid" | "revoked" | "expired" | "closed" | "used" | "not-yet-open" | "project-scoped" | "store-damaged" | "store-unreachable" | "export-right" | "group-by-not-allowed" | "csrf" | "mail-off";
            /** @description For 422: one entry per field that is wrong */
            errors?: {
                /** @description Where: `params.…`, `query.…`, `headers.…` or `body.…` */
                path: string;
                message: string;
            }[];
        };
        /** Problem410 */
        Problem410: {
            /**
             * @description urn:neighbourly:problem:<slug>
             * @enum {string}
             */
            type: "urn:neighbourly:problem:gone";
            /** @enum {string} */
            title: "Gone";
            /** @constant */
            status: 410;
            /** @description What went wrong, for people */
            detail: string;
            /**
             * @description Why: a respondent or account link or wave refused, an admin key limited to one project, a full export without the right, a breakdown that is not allowed, the store is damaged or unreachable, `csrf`: a cookie write without its token, or `mail-off`: e-mail is not configured on this server
             * @enum {string}
             */
            reason?: "invalid" | "revoked" | "expired" | "closed" | "used" | "not-yet-open" | "project-scoped" | "store-damaged" | "store-unreachable" | "export-right" | "group-by-not-allowed" | "csrf" | "mail-off";
            /** @description For 422: one entry per field that is wrong */
            errors?: {
                /** @description Where: `params.…`, `query.…`, `headers.…` or `body.…` */
                path: string;
                message: string;
            }[];
        };
        /** Problem413 */
        Problem413: {
            /**
             * @description urn:neighbourly:problem:<slug>
             * @enum {string}
             */
            type: "urn:neighbourly:problem:payload-too-large";
            /** @enum {string} */
            title: "Payload too large";
            /** @constant */
            status: 413;
            /** @description What went wrong, for people */
            detail: string;
            /**
             * @description Why: a respondent or account link or wave refused, an admin key limited to one project, a full export without the right, a breakdown that is not allowed, the store is damaged or unreachable, `csrf`: a cookie write without its token, or `mail-off`: e-mail is not configured on this server
             * @enum {string}
             */
            reason?: "invalid" | "revoked" | "expired" | "closed" | "used" | "not-yet-open" | "project-scoped" | "store-damaged" | "store-unreachable" | "export-right" | "group-by-not-allowed" | "csrf" | "mail-off";
            /** @description For 422: one entry per field that is wrong */
            errors?: {
                /** @description Where: `params.…`, `query.…`, `headers.…` or `body.…` */
                path: string;
                message: string;
            }[];
        };
        /** Problem415 */
        Problem415: {
            /**
             * @description urn:neighbourly:problem:<slug>
             * @enum {string}
             */
            type: "urn:neighbourly:problem:unsupported-media-type";
            /** @enum {string} */
            title: "Unsupported media type";
            /** @constant */
            status: 415;
            /** @description What went wrong, for people */
            detail: string;
            /**
             * @description Why: a respondent or account link or wave refused, an admin key limited to one project, a full export without the right, a breakdown that is not allowed, the store is damaged or unreachable, `csrf`: a cookie write without its token, or `mail-off`: e-mail is not configured on this server
             * @enum {string}
             */
            reason?: "invalid" | "revoked" | "expired" | "closed" | "used" | "not-yet-open" | "project-scoped" | "store-damaged" | "store-unreachable" | "export-right" | "group-by-not-allowed" | "csrf" | "mail-off";
            /** @description For 422: one entry per field that is wrong */
            errors?: {
                /** @description Where: `params.…`, `query.…`, `headers.…` or `body.…` */
                path: string;
                message: string;
            }[];
        };
        /** Problem422 */
        Problem422: {
            /**
             * @description urn:neighbourly:problem:<slug>
             * @enum {string}
             */
            type: "urn:neighbourly:problem:validation";
            /** @enum {string} */
            title: "Validation failed";
            /** @constant */
            status: 422;
            /** @description What went wrong, for people */
            detail: string;
            /**
             * @description Why: a respondent or account link or wave refused, an admin key limited to one project, a full export without the right, a breakdown that is not allowed, the store is damaged or unreachable, `csrf`: a cookie write without its token, or `mail-off`: e-mail is not configured on this server
             * @enum {string}
             */
            reason?: "invalid" | "revoked" | "expired" | "closed" | "used" | "not-yet-open" | "project-scoped" | "store-damaged" | "store-unreachable" | "export-right" | "group-by-not-allowed" | "csrf" | "mail-off";
            /** @description For 422: one entry per field that is wrong */
            errors?: {
                /** @description Where: `params.…`, `query.…`, `headers.…` or `body.…` */
                path: string;
                message: string;
            }[];
        };
        /** Problem429 */
        Problem429: {
            /**
             * @description urn:neighbourly:problem:<slug>
             * @enum {string}
             */
            type: "urn:neighbourly:problem:too-many-requests";
            /** @enum {string} */
            title: "Too many requests";
            /** @constant */
            status: 429;
            /** @description What went wrong, for people */
            detail: string;
            /**
             * @description Why: a respondent or account link or wave refused, an admin key limited to one project, a full export without the right, a breakdown that is not allowed, the store is damaged or unreachable, `csrf`: a cookie write without its token, or `mail-off`: e-mail is not configured on this server
             * @enum {string}
             */
            reason?: "invalid" | "revoked" | "expired" | "closed" | "used" | "not-yet-open" | "project-scoped" | "store-damaged" | "store-unreachable" | "export-right" | "group-by-not-allowed" | "csrf" | "mail-off";
            /** @description For 422: one entry per field that is wrong */
            errors?: {
                /** @description Where: `params.…`, `query.…`, `headers.…` or `body.…` */
                path: string;
                message: string;
            }[];
        };
        /** Problem500 */
        Problem500: {
            /**
             * @description urn:neighbourly:problem:<slug>
             * @enum {string}
             */
            type: "urn:neighbourly:problem:internal";
            /** @enum {string} */
            title: "Internal server error";
            /** @constant */
            status: 500;
            /** @description What went wrong, for people */
            detail: string;
            /**
             * @description Why: a respondent or account link or wave refused, an admin key limited to one project, a full export without the right, a breakdown that is not allowed, the store is damaged or unreachable, `csrf`: a cookie write without its token, or `mail-off`: e-mail is not configured on this server
             * @enum {string}
             */
            reason?: "invalid" | "revoked" | "expired" | "closed" | "used" | "not-yet-open" | "project-scoped" | "store-damaged" | "store-unreachable" | "export-right" | "group-by-not-allowed" | "csrf" | "mail-off";
            /** @description For 422: one entry per field that is wrong */
            errors?: {
                /** @description Where: `params.…`, `query.…`, `headers.…` or `body.…` */
                path: string;
                message: string;
            }[];
        };
        /** Problem503 */
        Problem503: {
            /**
             * @description urn:neighbourly:problem:<slug>
             * @enum {string}
             */
            type: "urn:neighbourly:problem:unavailable";
            /** @enum {string} */
            title: "Service unavailable";
            /** @constant */
            status: 503;
            /** @description What went wrong, for people */
            detail: string;
            /**
             * @description Why: a respondent or account link or wave refused, an admin key limited to one project, a full export without the right, a breakdown that is not allowed, the store is damaged or unreachable, `csrf`: a cookie write without its token, or `mail-off`: e-mail is not configured on this server
             * @enum {string}
             */
            reason?: "invalid" | "revoked" | "expired" | "closed" | "used" | "not-yet-open" | "project-scoped" | "store-damaged" | "store-unreachable" | "export-right" | "group-by-not-allowed" | "csrf" | "mail-off";
            /** @description For 422: one entry per field that is wrong */
            errors?: {
                /** @description Where: `params.…`, `query.…`, `headers.…` or `body.…` */
                path: string;
                message: string;
            }[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Alive */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        status: "ok";
                    };
                };
            };
            /** @description The body is not valid JSON or is nested deeper than 64 levels, or the path has malformed percent-encoding */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem400"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB by default) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem413"];
                };
            };
            /** @description The body’s encoding or charset is not supported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem415"];
                };
            };
            /** @description A bug: the detail reveals nothing, the server log has the cause */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem500"];
                };
            };
        };
    };
    getReady: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        status: "ready";
                        store: string;
                    };
                };
            };
            /** @description The body is not valid JSON or is nested deeper than 64 levels, or the path has malformed percent-encoding */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem400"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB by default) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem413"];
                };
            };
            /** @description The body’s encoding or charset is not supported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem415"];
                };
            };
            /** @description A bug: the detail reveals nothing, the server log has the cause */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem500"];
                };
            };
            /** @description The store is not reachable (`reason: store-unreachable`) or damaged (`reason: store-damaged`: its periodic `PRAGMA quick_check` failed or a read hit a corrupt page); `detail` gives the reason */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem503"];
                };
            };
        };
    };
    getApiOpenapiJson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenAPI document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        openapi: "3.1.0";
                        info: {
                            title: string;
                            version: string;
                        } & {
                            [key: string]: unknown;
                        };
                        servers: ({
                            url: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        paths: {
                            [key: string]: {
                                [key: string]: unknown;
                            };
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The body is not valid JSON or is nested deeper than 64 levels, or the path has malformed percent-encoding */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem400"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB by default) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem413"];
                };
            };
            /** @description The body’s encoding or charset is not supported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem415"];
                };
            };
            /** @description A bug: the detail reveals nothing, the server log has the cause */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem500"];
                };
            };
        };
    };
    getApiMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "key" | "account";
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        keyId?: string;
                        /** @enum {string} */
                        role: "admin" | "coordinator" | "researcher";
                        /** Format: uuid */
                        projectId?: string;
                        grants: {
                            /** @enum {string} */
                            role: "admin" | "coordinator" | "researcher";
                            /** Format: uuid */
                            projectId?: string;
                        }[];
                        account?: {
                            /** Format: uuid */
                            id: string;
                            email: string;
                            name: string;
                            /** @enum {string} */
                            language: "nl" | "fr" | "en";
                            /** @enum {string} */
                            status: "invited" | "active" | "disabled";
                            grants: {
                                /** @enum {string} */
                                role: "admin" | "coordinator" | "researcher";
                                /** Format: uuid */
                                projectId?: string;
                            }[];
                            createdAt: string;
                            updatedAt: string;
                        };
                        csrfToken?: string;
                        /** @description Whether the server can send e-mail (SMTP configured) */
                        email: {
                            enabled: boolean;
                        };
                    };
                };
            };
            /** @description The body is not valid JSON or is nested deeper than 64 levels, or the path has malformed percent-encoding */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem400"];
                };
            };
            /** @description No API key or session cookie, or a wrong, revoked or expired one */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="neighbourly"` */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem401"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB by default) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem413"];
                };
            };
            /** @description The body’s encoding or charset is not supported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem415"];
                };
            };
            /** @description A bug: the detail reveals nothing, the server log has the cause */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem500"];
                };
            };
            /** @description The database is not available */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem503"];
                };
            };
        };
    };
    postApiSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Signed in: the account and the CSRF token for writes */
            200: {
                headers: {
                    /** @description The new session cookie (httpOnly, SameSite=Lax) */
                    "Set-Cookie": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        account: {
                            /** Format: uuid */
                            id: string;
                            email: string;
                            name: string;
                            /** @enum {string} */
                            language: "nl" | "fr" | "en";
                            /** @enum {string} */
                            status: "invited" | "active" | "disabled";
                            grants: {
                                /** @enum {string} */
                                role: "admin" | "coordinator" | "researcher";
                                /** Format: uuid */
                                projectId?: string;
                            }[];
                            createdAt: string;
                            updatedAt: string;
                        };
                        /** @description Send it in `X-CSRF-Token` with every write made with the session cookie */
                        csrfToken: string;
                    };
                };
            };
            /** @description The body is not valid JSON or is nested deeper than 64 levels, or the path has malformed percent-encoding */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem400"];
                };
            };
            /** @description The e-mail address or the password is wrong (the same answer for an unknown address) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem401"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB by default) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem413"];
                };
            };
            /** @description The body is not `application/json`, or its encoding or charset is not supported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem415"];
                };
            };
            /** @description The request does not match its schema (see `errors`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem422"];
                };
            };
            /** @description Too many failed sign-ins for this e-mail address or from this client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem429"];
                };
            };
            /** @description A bug: the detail reveals nothing, the server log has the cause */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem500"];
                };
            };
            /** @description The database is not available */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem503"];
                };
            };
        };
    };
    deleteApiSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body is not valid JSON or is nested deeper than 64 levels, or the path has malformed percent-encoding */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem400"];
                };
            };
            /** @description No API key or session cookie, or a wrong, revoked or expired one */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="neighbourly"` */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem401"];
                };
            };
            /** @description A write with the session cookie lacks its CSRF token (`reason: csrf`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem403"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB by default) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem413"];
                };
            };
            /** @description The body’s encoding or charset is not supported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem415"];
                };
            };
            /** @description A bug: the detail reveals nothing, the server log has the cause */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem500"];
                };
            };
            /** @description The database is not available */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem503"];
                };
            };
        };
    };
    deleteApiSessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every session ended */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body is not valid JSON or is nested deeper than 64 levels, or the path has malformed percent-encoding */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem400"];
                };
            };
            /** @description No API key or session cookie, or a wrong, revoked or expired one */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="neighbourly"` */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem401"];
                };
            };
            /** @description A write with the session cookie lacks its CSRF token (`reason: csrf`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem403"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB by default) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem413"];
                };
            };
            /** @description The body’s encoding or charset is not supported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem415"];
                };
            };
            /** @description A bug: the detail reveals nothing, the server log has the cause */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem500"];
                };
            };
            /** @description The database is not available */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem503"];
                };
            };
        };
    };
    getApiAccounts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The accounts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        email: string;
                        name: string;
                        /** @enum {string} */
                        language: "nl" | "fr" | "en";
                        /** @enum {string} */
                        status: "invited" | "active" | "disabled";
                        grants: {
                            /** @enum {string} */
                            role: "admin" | "coordinator" | "researcher";
                            /** Format: uuid */
                            projectId?: string;
                        }[];
                        createdAt: string;
                        updatedAt: string;
                    }[];
                };
            };
            /** @description The body is not valid JSON or is nested deeper than 64 levels, or the path has malformed percent-encoding */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem400"];
                };
            };
            /** @description No API key or session cookie, or a wrong, revoked or expired one */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="neighbourly"` */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem401"];
                };
            };
            /** @description The caller’s role or project scope does not allow this, or a write with the session cookie lacks its CSRF token (`reason: csrf`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem403"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB by default) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem413"];
                };
            };
            /** @description The body’s encoding or charset is not supported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem415"];
                };
            };
            /** @description A bug: the detail reveals nothing, the server log has the cause */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem500"];
                };
            };
            /** @description The database is not available */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem503"];
                };
            };
        };
    };
    postApiAccounts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    name: string;
                    /**
                     * @default nl
                     * @enum {string}
                     */
                    language?: "nl" | "fr" | "en";
                    grants: {
                        /** @enum {string} */
                        role: "admin" | "coordinator" | "researcher";
                        /** Format: uuid */
                        projectId?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description The account, with its invitation link shown this once */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        email: string;
                        name: string;
                        /** @enum {string} */
                        language: "nl" | "fr" | "en";
                        /** @enum {string} */
                        status: "invited" | "active" | "disabled";
                        grants: {
                            /** @enum {string} */
                            role: "admin" | "coordinator" | "researcher";
                            /** Format: uuid */
                            projectId?: string;
                        }[];
                        createdAt: string;
                        updatedAt: string;
                        /** @description The invitation link, shown this once to hand over: only when e-mail is off (otherwise it is e-mailed) */
                        invitation?: {
                            /** @description The link to open: its token is in the fragment, never sent to a server log */
                            url: string;
                            token: string;
                            expiresAt: string;
                        };
                        /** @description Whether the invitation is on its way by e-mail */
                        invitationEmailed: boolean;
                    };
                };
            };
            /** @description The body is not valid JSON or is nested deeper than 64 levels, or the path has malformed percent-encoding */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem400"];
                };
            };
            /** @description No API key or session cookie, or a wrong, revoked or expired one */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="neighbourly"` */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem401"];
                };
            };
            /** @description The caller’s role or project scope does not allow this, or a write with the session cookie lacks its CSRF token (`reason: csrf`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem403"];
                };
            };
            /** @description An account with this e-mail address exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem409"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB by default) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem413"];
                };
            };
            /** @description The body is not `application/json`, or its encoding or charset is not supported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem415"];
                };
            };
            /** @description Not valid, or a granted project does not exist (see `errors`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem422"];
                };
            };
            /** @description A bug: the detail reveals nothing, the server log has the cause */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem500"];
                };
            };
            /** @description The database is not available */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem503"];
                };
            };
        };
    };
    patchApiAccountsAccountId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                accountId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    /** @enum {string} */
                    language?: "nl" | "fr" | "en";
                    grants?: {
                        /** @enum {string} */
                        role: "admin" | "coordinator" | "researcher";
                        /** Format: uuid */
                        projectId?: string;
                    }[];
                    /** @enum {string} */
                    status?: "active" | "disabled";
                };
            };
        };
        responses: {
            /** @description The account */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        email: string;
                        name: string;
                        /** @enum {string} */
                        language: "nl" | "fr" | "en";
                        /** @enum {string} */
                        status: "invited" | "active" | "disabled";
                        grants: {
                            /** @enum {string} */
                            role: "admin" | "coordinator" | "researcher";
                            /** Format: uuid */
                            projectId?: string;
                        }[];
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description The body is not valid JSON or is nested deeper than 64 levels, or the path has malformed percent-encoding */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem400"];
                };
            };
            /** @description No API key or session cookie, or a wrong, revoked or expired one */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="neighbourly"` */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem401"];
                };
            };
            /** @description The caller’s role or project scope does not allow this, or a write with the session cookie lacks its CSRF token (`reason: csrf`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem403"];
                };
            };
            /** @description No record with this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem404"];
                };
            };
            /** @description Enabling an account that has not accepted its invitation yet */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem409"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB by default) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem413"];
                };
            };
            /** @description The body is not `application/json`, or its encoding or charset is not supported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem415"];
                };
            };
            /** @description The request does not match its schema (see `errors`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem422"];
                };
            };
            /** @description A bug: the detail reveals nothing, the server log has the cause */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem500"];
                };
            };
            /** @description The database is not available */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem503"];
                };
            };
        };
    };
    postApiAccountsAccountIdInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The link, shown this once */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The link to open: its token is in the fragment, never sent to a server log */
                        url: string;
                        token: string;
                        expiresAt: string;
                    };
                };
            };
            /** @description The body is not valid JSON or is nested deeper than 64 levels, or the path has malformed percent-encoding */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem400"];
                };
            };
            /** @description No API key or session cookie, or a wrong, revoked or expired one */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="neighbourly"` */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem401"];
                };
            };
            /** @description The caller’s role or project scope does not allow this, or a write with the session cookie lacks its CSRF token (`reason: csrf`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem403"];
                };
            };
            /** @description No record with this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem404"];
                };
            };
            /** @description The account has accepted its invitation already */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem409"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB by default) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem413"];
                };
            };
            /** @description The body’s encoding or charset is not supported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem415"];
                };
            };
            /** @description The request does not match its schema (see `errors`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem422"];
                };
            };
            /** @description A bug: the detail reveals nothing, the server log has the cause */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem500"];
                };
            };
            /** @description The database is not available */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem503"];
                };
            };
        };
    };
    postApiAccountsAccountIdPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The link, shown this once */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The link to open: its token is in the fragment, never sent to a server log */
                        url: string;
                        token: string;
                        expiresAt: string;
                    };
                };
            };
            /** @description The body is not valid JSON or is nested deeper than 64 levels, or the path has malformed percent-encoding */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem400"];
                };
            };
            /** @description No API key or session cookie, or a wrong, revoked or expired one */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="neighbourly"` */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem401"];
                };
            };
            /** @description The caller’s role or project scope does not allow this, or a write with the session cookie lacks its CSRF token (`reason: csrf`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem403"];
                };
            };
            /** @description No record with this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem404"];
                };
            };
            /** @description The account is not active (invited: send a new invitation instead; or disabled) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem409"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB by default) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem413"];
                };
            };
            /** @description The body’s encoding or charset is not supported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem415"];
                };
            };
            /** @description The request does not match its schema (see `errors`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem422"];
                };
            };
            /** @description A bug: the detail reveals nothing, the server log has the cause */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem500"];
                };
            };
            /** @description The database is not available */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem503"];
                };
            };
        };
    };
    postApiAccountInvitationsAccept: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description The account is active: sign in with it */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body is not valid JSON or is nested deeper than 64 levels, or the path has malformed percent-encoding */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem400"];
                };
            };
            /** @description The link cannot be used: `reason` is `invalid`, `expired` or `used` (each link works once) */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem410"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB by default) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem413"];
                };
            };
            /** @description The body is not `application/json`, or its encoding or charset is not supported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem415"];
                };
            };
            /** @description The request does not match its schema (see `errors`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem422"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem429"];
                };
            };
            /** @description A bug: the detail reveals nothing, the server log has the cause */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem500"];
                };
            };
            /** @description The database is not available */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem503"];
                };
            };
        };
    };
    postApiPasswordResets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                };
            };
        };
        responses: {
            /** @description If an active account has this address, a link (valid 1 hour) is on its way */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body is not valid JSON or is nested deeper than 64 levels, or the path has malformed percent-encoding */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem400"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB by default) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem413"];
                };
            };
            /** @description The body is not `application/json`, or its encoding or charset is not supported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem415"];
                };
            };
            /** @description The request does not match its schema (see `errors`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem422"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem429"];
                };
            };
            /** @description A bug: the detail reveals nothing, the server log has the cause */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem500"];
                };
            };
            /** @description The database is not available */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem503"];
                };
            };
        };
    };
    postApiPasswordResetsConfirm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description The password is changed: sign in with it */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body is not valid JSON or is nested deeper than 64 levels, or the path has malformed percent-encoding */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem400"];
                };
            };
            /** @description The link cannot be used: `reason` is `invalid`, `expired` or `used` (each link works once) */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem410"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB by default) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem413"];
                };
            };
            /** @description The body is not `application/json`, or its encoding or charset is not supported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem415"];
                };
            };
            /** @description The request does not match its schema (see `errors`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem422"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem429"];
                };
            };
            /** @description A bug: the detail reveals nothing, the server log has the cause */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem500"];
                };
            };
            /** @description The database is not available */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem503"];
                };
            };
        };
    };
    getApiKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The keys */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        /** @enum {string} */
                        role: "admin" | "coordinator" | "researcher";
                        /** Format: uuid */
                        projectId?: string;
                        createdAt: string;
                        revokedAt?: string;
                    }[];
                };
            };
            /** @description The body is not valid JSON or is nested deeper than 64 levels, or the path has malformed percent-encoding */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem400"];
                };
            };
            /** @description No API key or session cookie, or a wrong, revoked or expired one */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="neighbourly"` */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem401"];
                };
            };
            /** @description The caller’s role or project scope does not allow this, or a write with the session cookie lacks its CSRF token (`reason: csrf`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem403"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB by default) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem413"];
                };
            };
            /** @description The body’s encoding or charset is not supported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem415"];
                };
            };
            /** @description A bug: the detail reveals nothing, the server log has the cause */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem500"];
                };
            };
            /** @description The database is not available */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem503"];
                };
            };
        };
    };
    postApiKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @enum {string} */
                    role: "admin" | "coordinator" | "researcher";
                    /** Format: uuid */
                    projectId?: string;
                };
            };
        };
        responses: {
            /** @description The key, with its secret shown this once */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        /** @enum {string} */
                        role: "admin" | "coordinator" | "researcher";
                        /** Format: uuid */
                        projectId?: string;
                        createdAt: string;
                        revokedAt?: string;
                        key: string;
                    };
                };
            };
            /** @description The body is not valid JSON or is nested deeper than 64 levels, or the path has malformed percent-encoding */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem400"];
                };
            };
            /** @description No API key or session cookie, or a wrong, revoked or expired one */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="neighbourly"` */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem401"];
                };
            };
            /** @description The caller’s role or project scope does not allow this, or a write with the session cookie lacks its CSRF token (`reason: csrf`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem403"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB by default) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem413"];
                };
            };
            /** @description The body is not `application/json`, or its encoding or charset is not supported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem415"];
                };
            };
            /** @description The request does not match its schema (see `errors`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem422"];
                };
            };
            /** @description A bug: the detail reveals nothing, the server log has the cause */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem500"];
                };
            };
            /** @description The database is not available */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem503"];
                };
            };
        };
    };
    deleteApiKeysKeyId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                keyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body is not valid JSON or is nested deeper than 64 levels, or the path has malformed percent-encoding */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem400"];
                };
            };
            /** @description No API key or session cookie, or a wrong, revoked or expired one */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="neighbourly"` */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem401"];
                };
            };
            /** @description The caller’s role or project scope does not allow this, or a write with the session cookie lacks its CSRF token (`reason: csrf`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem403"];
                };
            };
            /** @description No record with this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem404"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB by default) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem413"];
                };
            };
            /** @description The body’s encoding or charset is not supported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem415"];
                };
            };
            /** @description The request does not match its schema (see `errors`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem422"];
                };
            };
            /** @description A bug: the detail reveals nothing, the server log has the cause */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem500"];
                };
            };
            /** @description The database is not available */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem503"];
                };
            };
        };
    };
    getApiProjects: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The projects */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        slug: string;
                        name: string;
                        languages: ("nl" | "fr" | "en")[];
                        frameworkId: string;
                        /** @description A JSON object */
                        theoryOfChange?: {
                            [key: string]: unknown;
                        };
                        /** @description A JSON object */
                        indicatorSet?: {
                            [key: string]: unknown;
                        };
                        /** @description A JSON object */
                        context?: {
                            [key: string]: unknown;
                        };
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    }[];
                };
            };
            /** @description The body is not valid JSON or is nested deeper than 64 levels, or the path has malformed percent-encoding */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem400"];
                };
            };
            /** @description No API key or session cookie, or a wrong, revoked or expired one */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="neighbourly"` */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem401"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB by default) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem413"];
                };
            };
            /** @description The body’s encoding or charset is not supported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem415"];
                };
            };
            /** @description A bug: the detail reveals nothing, the server log has the cause */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem500"];
                };
            };
            /** @description The database is not available */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem503"];
                };
            };
        };
    };
    postApiProjects: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    slug: string;
                    /**
                     * @default [
                     *       "nl",
                     *       "fr",
                     *       "en"
                     *     ]
                     */
                    languages?: ("nl" | "fr" | "en")[];
                    /** @default caring-neighbourhoods */
                    frameworkId?: string;
                    /** @description A JSON object */
                    theoryOfChange?: {
                        [key: string]: unknown;
                    };
                    /** @description A JSON object */
                    indicatorSet?: {
                        [key: string]: unknown;
                    };
                    context?: {
                        [key: string]: number | string | null;
                    };
                };
            };
        };
        responses: {
            /** @description The project */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        slug: string;
                        name: string;
                        languages: ("nl" | "fr" | "en")[];
                        frameworkId: string;
                        /** @description A JSON object */
                        theoryOfChange?: {
                            [key: string]: unknown;
                        };
                        /** @description A JSON object */
                        indicatorSet?: {
                            [key: string]: unknown;
                        };
                        /** @description A JSON object */
                        context?: {
                            [key: string]: unknown;
                        };
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The body is not valid JSON or is nested deeper than 64 levels, or the path has malformed percent-encoding */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem400"];
                };
            };
            /** @description No API key or session cookie, or a wrong, revoked or expired one */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="neighbourly"` */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem401"];
                };
            };
            /** @description Not an admin key, or an admin key limited to one project (`reason: project-scoped`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem403"];
                };
            };
            /** @description A project with this slug exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem409"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB by default) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem413"];
                };
            };
            /** @description The body is not `application/json`, or its encoding or charset is not supported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem415"];
                };
            };
            /** @description Not valid: the body, its theory of change or its indicator set (see `errors`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem422"];
                };
            };
            /** @description A bug: the detail reveals nothing, the server log has the cause */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem500"];
                };
            };
            /** @description The database is not available */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem503"];
                };
            };
        };
    };
    getApiProjectsProjectId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        slug: string;
                        name: string;
                        languages: ("nl" | "fr" | "en")[];
                        frameworkId: string;
                        /** @description A JSON object */
                        theoryOfChange?: {
                            [key: string]: unknown;
                        };
                        /** @description A JSON object */
                        indicatorSet?: {
                            [key: string]: unknown;
                        };
                        /** @description A JSON object */
                        context?: {
                            [key: string]: unknown;
                        };
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The body is not valid JSON or is nested deeper than 64 levels, or the path has malformed percent-encoding */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem400"];
                };
            };
            /** @description No API key or session cookie, or a wrong, revoked or expired one */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="neighbourly"` */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem401"];
                };
            };
            /** @description The caller’s role or project scope does not allow this, or a write with the session cookie lacks its CSRF token (`reason: csrf`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem403"];
                };
            };
            /** @description No record with this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem404"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB by default) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem413"];
                };
            };
            /** @description The body’s encoding or charset is not supported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem415"];
                };
            };
            /** @description The request does not match its schema (see `errors`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem422"];
                };
            };
            /** @description A bug: the detail reveals nothing, the server log has the cause */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem500"];
                };
            };
            /** @description The database is not available */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem503"];
                };
            };
        };
    };
    patchApiProjectsProjectId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    slug?: string;
                    languages?: ("nl" | "fr" | "en")[];
                    frameworkId?: string;
                    theoryOfChange?: {
                        [key: string]: unknown;
                    } | null;
                    indicatorSet?: {
                        [key: string]: unknown;
                    } | null;
                    context?: {
                        [key: string]: number | string | null;
                    } | null;
                };
            };
        };
        responses: {
            /** @description The changed project */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        slug: string;
                        name: string;
                        languages: ("nl" | "fr" | "en")[];
                        frameworkId: string;
                        /** @description A JSON object */
                        theoryOfChange?: {
                            [key: string]: unknown;
                        };
                        /** @description A JSON object */
                        indicatorSet?: {
                            [key: string]: unknown;
                        };
                        /** @description A JSON object */
                        context?: {
                            [key: string]: unknown;
                        };
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The body is not valid JSON or is nested deeper than 64 levels, or the path has malformed percent-encoding */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem400"];
                };
            };
            /** @description No API key or session cookie, or a wrong, revoked or expired one */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="neighbourly"` */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem401"];
                };
            };
            /** @description The caller’s role or project scope does not allow this, or a write with the session cookie lacks its CSRF token (`reason: csrf`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem403"];
                };
            };
            /** @description No project with this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem404"];
                };
            };
            /** @description Another project has this slug */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem409"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB by default) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem413"];
                };
            };
            /** @description The body is not `application/json`, or its encoding or charset is not supported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem415"];
                };
            };
            /** @description Not valid: the body, its theory of change or its indicator set (see `errors`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem422"];
                };
            };
            /** @description A bug: the detail reveals nothing, the server log has the cause */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem500"];
                };
            };
            /** @description The database is not available */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem503"];
                };
            };
        };
    };
    getApiSurveyTemplates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The templates */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        round: "governance" | "process" | "outcomes";
                        /** @enum {string} */
                        group: "resident" | "volunteer" | "professional" | "coordinator" | "coach";
                        /** @description A JSON object */
                        title: {
                            [key: string]: unknown;
                        };
                        questions: number;
                    }[];
                };
            };
            /** @description The body is not valid JSON or is nested deeper than 64 levels, or the path has malformed percent-encoding */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem400"];
                };
            };
            /** @description No API key or session cookie, or a wrong, revoked or expired one */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="neighbourly"` */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem401"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB by default) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem413"];
                };
            };
            /** @description The body’s encoding or charset is not supported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem415"];
                };
            };
            /** @description A bug: the detail reveals nothing, the server log has the cause */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem500"];
                };
            };
            /** @description The database is not available */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem503"];
                };
            };
        };
    };
    getApiSurveyTemplatesTemplateId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                templateId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The template with its definition */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        round: "governance" | "process" | "outcomes";
                        /** @enum {string} */
                        group: "resident" | "volunteer" | "professional" | "coordinator" | "coach";
                        /** @description A JSON object */
                        title: {
                            [key: string]: unknown;
                        };
                        questions: number;
                        /** @description A JSON object */
                        definition: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description The body is not valid JSON or is nested deeper than 64 levels, or the path has malformed percent-encoding */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem400"];
                };
            };
            /** @description No API key or session cookie, or a wrong, revoked or expired one */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="neighbourly"` */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem401"];
                };
            };
            /** @description No record with this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem404"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB by default) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem413"];
                };
            };
            /** @description The body’s encoding or charset is not supported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem415"];
                };
            };
            /** @description The request does not match its schema (see `errors`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem422"];
                };
            };
            /** @description A bug: the detail reveals nothing, the server log has the cause */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem500"];
                };
            };
            /** @description The database is not available */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem503"];
                };
            };
        };
    };
    getApiProjectsProjectIdSurveys: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The surveys */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        projectId: string;
                        name: string;
                        latestVersion: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @enum {string} */
                        round?: "governance" | "process" | "outcomes";
                        /** @description A JSON object */
                        definition?: {
                            [key: string]: unknown;
                        };
                        warnings?: {
                            path: string;
                            message: string;
                        }[];
                    }[];
                };
            };
            /** @description The body is not valid JSON or is nested deeper than 64 levels, or the path has malformed percent-encoding */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem400"];
                };
            };
            /** @description No API key or session cookie, or a wrong, revoked or expired one */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="neighbourly"` */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem401"];
                };
            };
            /** @description The caller’s role or project scope does not allow this, or a write with the session cookie lacks its CSRF token (`reason: csrf`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem403"];
                };
            };
            /** @description No record with this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem404"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB by default) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem413"];
                };
            };
            /** @description The body’s encoding or charset is not supported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem415"];
                };
            };
            /** @description The request does not match its schema (see `errors`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem422"];
                };
            };
            /** @description A bug: the detail reveals nothing, the server log has the cause */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem500"];
                };
            };
            /** @description The database is not available */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem503"];
                };
            };
        };
    };
    postApiProjectsProjectIdSurveys: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    /** @enum {string} */
                    round: "governance" | "process" | "outcomes";
                    /** @description A JSON object */
                    definition: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description The survey, with lint warnings */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        projectId: string;
                        name: string;
                        latestVersion: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @enum {string} */
                        round?: "governance" | "process" | "outcomes";
                        /** @description A JSON object */
                        definition?: {
                            [key: string]: unknown;
                        };
                        warnings?: {
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description The body is not valid JSON or is nested deeper than 64 levels, or the path has malformed percent-encoding */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem400"];
                };
            };
            /** @description No API key or session cookie, or a wrong, revoked or expired one */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="neighbourly"` */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem401"];
                };
            };
            /** @description The caller’s role or project scope does not allow this, or a write with the session cookie lacks its CSRF token (`reason: csrf`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem403"];
                };
            };
            /** @description No record with this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem404"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB by default) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem413"];
                };
            };
            /** @description The body is not `application/json`, or its encoding or charset is not supported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem415"];
                };
            };
            /** @description The request does not match its schema (see `errors`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem422"];
                };
            };
            /** @description A bug: the detail reveals nothing, the server log has the cause */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem500"];
                };
            };
            /** @description The database is not available */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem503"];
                };
            };
        };
    };
    getApiProjectsProjectIdSurveysSurveyId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                surveyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The survey */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        projectId: string;
                        name: string;
                        latestVersion: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @enum {string} */
                        round?: "governance" | "process" | "outcomes";
                        /** @description A JSON object */
                        definition?: {
                            [key: string]: unknown;
                        };
                        warnings?: {
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description The body is not valid JSON or is nested deeper than 64 levels, or the path has malformed percent-encoding */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem400"];
                };
            };
            /** @description No API key or session cookie, or a wrong, revoked or expired one */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="neighbourly"` */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem401"];
                };
            };
            /** @description The caller’s role or project scope does not allow this, or a write with the session cookie lacks its CSRF token (`reason: csrf`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem403"];
                };
            };
            /** @description No record with this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem404"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB by default) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem413"];
                };
            };
            /** @description The body’s encoding or charset is not supported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem415"];
                };
            };
            /** @description The request does not match its schema (see `errors`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem422"];
                };
            };
            /** @description A bug: the detail reveals nothing, the server log has the cause */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem500"];
                };
            };
            /** @description The database is not available */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem503"];
                };
            };
        };
    };
    getApiProjectsProjectIdWaves: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The waves */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        projectId: string;
                        /** Format: uuid */
                        surveyId: string;
                        surveyVersion: number;
                        label: string;
                        /** @enum {string} */
                        access: "invitation" | "open";
                        /** @enum {string} */
                        status: "draft" | "open" | "closed";
                        /** Format: date-time */
                        opensAt?: string;
                        /** Format: date-time */
                        closesAt?: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        counts?: {
                            invited: number;
                            started: number;
                            completed: number;
                            responses: number;
                            responseRate?: number;
                        };
                    }[];
                };
            };
            /** @description The body is not valid JSON or is nested deeper than 64 levels, or the path has malformed percent-encoding */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem400"];
                };
            };
            /** @description No API key or session cookie, or a wrong, revoked or expired one */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="neighbourly"` */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem401"];
                };
            };
            /** @description The caller’s role or project scope does not allow this, or a write with the session cookie lacks its CSRF token (`reason: csrf`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem403"];
                };
            };
            /** @description No record with this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem404"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB by default) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem413"];
                };
            };
            /** @description The body’s encoding or charset is not supported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem415"];
                };
            };
            /** @description The request does not match its schema (see `errors`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem422"];
                };
            };
            /** @description A bug: the detail reveals nothing, the server log has the cause */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem500"];
                };
            };
            /** @description The database is not available */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem503"];
                };
            };
        };
    };
    postApiProjectsProjectIdWaves: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    surveyId: string;
                    label: string;
                    /** Format: date-time */
                    opensAt?: string;
                    /** Format: date-time */
                    closesAt?: string;
                    /**
                     * @default invitation
                     * @enum {string}
                     */
                    access?: "invitation" | "open";
                };
            };
        };
        responses: {
            /** @description The wave */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        projectId: string;
                        /** Format: uuid */
                        surveyId: string;
                        surveyVersion: number;
                        label: string;
                        /** @enum {string} */
                        access: "invitation" | "open";
                        /** @enum {string} */
                        status: "draft" | "open" | "closed";
                        /** Format: date-time */
                        opensAt?: string;
                        /** Format: date-time */
                        closesAt?: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        counts?: {
                            invited: number;
                            started: number;
                            completed: number;
                            responses: number;
                            responseRate?: number;
                        };
                    };
                };
            };
            /** @description The body is not valid JSON or is nested deeper than 64 levels, or the path has malformed percent-encoding */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem400"];
                };
            };
            /** @description No API key or session cookie, or a wrong, revoked or expired one */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="neighbourly"` */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem401"];
                };
            };
            /** @description The caller’s role or project scope does not allow this, or a write with the session cookie lacks its CSRF token (`reason: csrf`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem403"];
                };
            };
            /** @description No record with this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem404"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB by default) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem413"];
                };
            };
            /** @description The body is not `application/json`, or its encoding or charset is not supported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem415"];
                };
            };
            /** @description The request does not match its schema (see `errors`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem422"];
                };
            };
            /** @description A bug: the detail reveals nothing, the server log has the cause */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem500"];
                };
            };
            /** @description The database is not available */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem503"];
                };
            };
        };
    };
    postApiWavesWaveIdClose: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                waveId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The closed wave */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        projectId: string;
                        /** Format: uuid */
                        surveyId: string;
                        surveyVersion: number;
                        label: string;
                        /** @enum {string} */
                        access: "invitation" | "open";
                        /** @enum {string} */
                        status: "draft" | "open" | "closed";
                        /** Format: date-time */
                        opensAt?: string;
                        /** Format: date-time */
                        closesAt?: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        counts?: {
                            invited: number;
                            started: number;
                            completed: number;
                            responses: number;
                            responseRate?: number;
                        };
                    };
                };
            };
            /** @description The body is not valid JSON or is nested deeper than 64 levels, or the path has malformed percent-encoding */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem400"];
                };
            };
            /** @description No API key or session cookie, or a wrong, revoked or expired one */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="neighbourly"` */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem401"];
                };
            };
            /** @description The caller’s role or project scope does not allow this, or a write with the session cookie lacks its CSRF token (`reason: csrf`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem403"];
                };
            };
            /** @description No record with this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem404"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB by default) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem413"];
                };
            };
            /** @description The body’s encoding or charset is not supported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem415"];
                };
            };
            /** @description The request does not match its schema (see `errors`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem422"];
                };
            };
            /** @description A bug: the detail reveals nothing, the server log has the cause */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem500"];
                };
            };
            /** @description The database is not available */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem503"];
                };
            };
        };
    };
    getApiWavesWaveIdInvitations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                waveId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invitations, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        invitationId: string;
                        /** Format: uuid */
                        respondentId: string;
                        group?: string;
                        /** @enum {string} */
                        state: "not-opened" | "started" | "completed" | "expired" | "revoked";
                        createdAt: string;
                        updatedAt: string;
                        expiresAt?: string;
                        /** @enum {string} */
                        delivery?: "queued" | "sent" | "bounced" | "failed";
                    }[];
                };
            };
            /** @description The body is not valid JSON or is nested deeper than 64 levels, or the path has malformed percent-encoding */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem400"];
                };
            };
            /** @description No API key or session cookie, or a wrong, revoked or expired one */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="neighbourly"` */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem401"];
                };
            };
            /** @description The caller’s role or project scope does not allow this, or a write with the session cookie lacks its CSRF token (`reason: csrf`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem403"];
                };
            };
            /** @description No record with this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem404"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB by default) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem413"];
                };
            };
            /** @description The body’s encoding or charset is not supported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem415"];
                };
            };
            /** @description The request does not match its schema (see `errors`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem422"];
                };
            };
            /** @description A bug: the detail reveals nothing, the server log has the cause */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem500"];
                };
            };
            /** @description The database is not available */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem503"];
                };
            };
        };
    };
    postApiWavesWaveIdInvitations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                waveId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    count?: number;
                    respondentIds?: string[];
                    group?: string;
                    /** Format: date-time */
                    expiresAt?: string;
                };
            };
        };
        responses: {
            /** @description The invitations with their tokens */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        invitationId: string;
                        /** Format: uuid */
                        respondentId: string;
                        token: string;
                        url: string;
                        expiresAt?: string;
                    }[];
                };
            };
            /** @description The body is not valid JSON or is nested deeper than 64 levels, or the path has malformed percent-encoding */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem400"];
                };
            };
            /** @description No API key or session cookie, or a wrong, revoked or expired one */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="neighbourly"` */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem401"];
                };
            };
            /** @description The caller’s role or project scope does not allow this, or a write with the session cookie lacks its CSRF token (`reason: csrf`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem403"];
                };
            };
            /** @description No wave with this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem404"];
                };
            };
            /** @description The wave is open to anyone with its link: it takes no invitations */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem409"];
                };
            };
            /** @description The wave is closed */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem410"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB by default) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem413"];
                };
            };
            /** @description The body is not `application/json`, or its encoding or charset is not supported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem415"];
                };
            };
            /** @description The request does not match its schema (see `errors`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem422"];
                };
            };
            /** @description A bug: the detail reveals nothing, the server log has the cause */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem500"];
                };
            };
            /** @description The database is not available */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem503"];
                };
            };
        };
    };
    deleteApiInvitationsInvitationId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invitationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked (or already revoked) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body is not valid JSON or is nested deeper than 64 levels, or the path has malformed percent-encoding */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem400"];
                };
            };
            /** @description No API key or session cookie, or a wrong, revoked or expired one */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="neighbourly"` */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem401"];
                };
            };
            /** @description The caller’s role or project scope does not allow this, or a write with the session cookie lacks its CSRF token (`reason: csrf`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem403"];
                };
            };
            /** @description No record with this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem404"];
                };
            };
            /** @description The invitation was completed: its response is kept */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem409"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB by default) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem413"];
                };
            };
            /** @description The body’s encoding or charset is not supported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem415"];
                };
            };
            /** @description The request does not match its schema (see `errors`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem422"];
                };
            };
            /** @description A bug: the detail reveals nothing, the server log has the cause */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem500"];
                };
            };
            /** @description The database is not available */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem503"];
                };
            };
        };
    };
    postApiWavesWaveIdInvitationsSend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                waveId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The e-mails are queued; the sender delivers them */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description E-mails queued now */
                        queued: number;
                        /** @description Invitations skipped: no e-mail address in the contact details */
                        withoutAddress: number;
                        /** @description Invitations skipped for another reason: e-mailed already, completed, revoked or expired */
                        skipped: number;
                        /** @description When the e-mails are due */
                        sendAt: string;
                    };
                };
            };
            /** @description The body is not valid JSON or is nested deeper than 64 levels, or the path has malformed percent-encoding */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem400"];
                };
            };
            /** @description No API key or session cookie, or a wrong, revoked or expired one */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="neighbourly"` */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem401"];
                };
            };
            /** @description The caller’s role or project scope does not allow this, or a write with the session cookie lacks its CSRF token (`reason: csrf`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem403"];
                };
            };
            /** @description No record with this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem404"];
                };
            };
            /** @description E-mail is off on this server (`reason: mail-off`), or the wave is open to anyone with its link */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem409"];
                };
            };
            /** @description The wave is closed */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem410"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB by default) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem413"];
                };
            };
            /** @description The body’s encoding or charset is not supported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem415"];
                };
            };
            /** @description The request does not match its schema (see `errors`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem422"];
                };
            };
            /** @description A bug: the detail reveals nothing, the server log has the cause */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem500"];
                };
            };
            /** @description The database is not available */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem503"];
                };
            };
        };
    };
    getApiWavesWaveIdReminders: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                waveId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Reminder batches, earliest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        scheduledAt: string;
                        /** @description Waiting for their time (or a new attempt), or being sent */
                        queued: number;
                        sent: number;
                        failed: number;
                        /** @description Not sent: completed, revoked or expired before it was time */
                        cancelled: number;
                    }[];
                };
            };
            /** @description The body is not valid JSON or is nested deeper than 64 levels, or the path has malformed percent-encoding */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem400"];
                };
            };
            /** @description No API key or session cookie, or a wrong, revoked or expired one */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="neighbourly"` */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem401"];
                };
            };
            /** @description The caller’s role or project scope does not allow this, or a write with the session cookie lacks its CSRF token (`reason: csrf`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem403"];
                };
            };
            /** @description No record with this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem404"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB by default) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem413"];
                };
            };
            /** @description The body’s encoding or charset is not supported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem415"];
                };
            };
            /** @description The request does not match its schema (see `errors`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem422"];
                };
            };
            /** @description A bug: the detail reveals nothing, the server log has the cause */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem500"];
                };
            };
            /** @description The database is not available */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem503"];
                };
            };
        };
    };
    postApiWavesWaveIdReminders: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                waveId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    at?: string;
                };
            };
        };
        responses: {
            /** @description The reminders are queued (due at `sendAt`) */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description E-mails queued now */
                        queued: number;
                        /** @description Invitations skipped: no e-mail address in the contact details */
                        withoutAddress: number;
                        /** @description Invitations skipped for another reason: e-mailed already, completed, revoked or expired */
                        skipped: number;
                        /** @description When the e-mails are due */
                        sendAt: string;
                    };
                };
            };
            /** @description The body is not valid JSON or is nested deeper than 64 levels, or the path has malformed percent-encoding */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem400"];
                };
            };
            /** @description No API key or session cookie, or a wrong, revoked or expired one */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="neighbourly"` */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem401"];
                };
            };
            /** @description The caller’s role or project scope does not allow this, or a write with the session cookie lacks its CSRF token (`reason: csrf`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem403"];
                };
            };
            /** @description No record with this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem404"];
                };
            };
            /** @description E-mail is off on this server (`reason: mail-off`), or the wave is open to anyone with its link */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem409"];
                };
            };
            /** @description The wave is closed */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem410"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB by default) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem413"];
                };
            };
            /** @description The body is not `application/json`, or its encoding or charset is not supported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem415"];
                };
            };
            /** @description The request does not match its schema (see `errors`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem422"];
                };
            };
            /** @description A bug: the detail reveals nothing, the server log has the cause */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem500"];
                };
            };
            /** @description The database is not available */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem503"];
                };
            };
        };
    };
    getApiPublicTokenSurvey: {
        parameters: {
            query?: {
                lang?: "nl" | "fr" | "en";
            };
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The survey */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        waveId: string;
                        waveLabel: string;
                        projectName: string;
                        languages: ("nl" | "fr" | "en")[];
                        /** @enum {string} */
                        language: "nl" | "fr" | "en";
                        /** @description A JSON object */
                        definition: {
                            [key: string]: unknown;
                        };
                        /** @description A JSON object */
                        answers?: {
                            [key: string]: unknown;
                        };
                        closesAt?: string;
                    };
                };
            };
            /** @description The body is not valid JSON or is nested deeper than 64 levels, or the path has malformed percent-encoding */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem400"];
                };
            };
            /** @description The link is not valid (reason `invalid`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem404"];
                };
            };
            /** @description Already completed with this link (`used`), or the wave is not open yet (`not-yet-open`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem409"];
                };
            };
            /** @description The link was withdrawn (`revoked`) or expired (`expired`), or the wave is closed (`closed`) */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem410"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB by default) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem413"];
                };
            };
            /** @description The body’s encoding or charset is not supported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem415"];
                };
            };
            /** @description The request does not match its schema (see `errors`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem422"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem429"];
                };
            };
            /** @description A bug: the detail reveals nothing, the server log has the cause */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem500"];
                };
            };
            /** @description The database is not available */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem503"];
                };
            };
        };
    };
    putApiPublicTokenProgress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A JSON object */
                    answers: {
                        [key: string]: unknown;
                    };
                    /** @enum {string} */
                    language?: "nl" | "fr" | "en";
                };
            };
        };
        responses: {
            /** @description Saved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        responseId: string;
                        /** @enum {string} */
                        status: "partial" | "complete";
                        replayed?: boolean;
                    };
                };
            };
            /** @description The body is not valid JSON or is nested deeper than 64 levels, or the path has malformed percent-encoding */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem400"];
                };
            };
            /** @description The link is not valid (reason `invalid`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem404"];
                };
            };
            /** @description Already completed with this link (`used`), or the wave is not open yet (`not-yet-open`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem409"];
                };
            };
            /** @description The link was withdrawn (`revoked`) or expired (`expired`), or the wave is closed (`closed`) */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem410"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB by default) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem413"];
                };
            };
            /** @description The body is not `application/json`, or its encoding or charset is not supported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem415"];
                };
            };
            /** @description The request does not match its schema (see `errors`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem422"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem429"];
                };
            };
            /** @description A bug: the detail reveals nothing, the server log has the cause */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem500"];
                };
            };
            /** @description The database is not available */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem503"];
                };
            };
        };
    };
    postApiPublicTokenResponses: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A JSON object */
                    answers: {
                        [key: string]: unknown;
                    };
                    /** @enum {string} */
                    language?: "nl" | "fr" | "en";
                };
            };
        };
        responses: {
            /** @description Completed */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        responseId: string;
                        /** @enum {string} */
                        status: "partial" | "complete";
                        replayed?: boolean;
                    };
                };
            };
            /** @description The body is not valid JSON or is nested deeper than 64 levels, or the path has malformed percent-encoding */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem400"];
                };
            };
            /** @description The link is not valid (reason `invalid`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem404"];
                };
            };
            /** @description Already completed with this link (`used`), or the wave is not open yet (`not-yet-open`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem409"];
                };
            };
            /** @description The link was withdrawn (`revoked`) or expired (`expired`), or the wave is closed (`closed`) */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem410"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB by default) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem413"];
                };
            };
            /** @description The body is not `application/json`, or its encoding or charset is not supported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem415"];
                };
            };
            /** @description Answers missing or not valid, one error per question (`body.answers.<name>`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem422"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem429"];
                };
            };
            /** @description A bug: the detail reveals nothing, the server log has the cause */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem500"];
                };
            };
            /** @description The database is not available */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem503"];
                };
            };
        };
    };
    getApiPublicWavesWaveIdSurvey: {
        parameters: {
            query?: {
                lang?: "nl" | "fr" | "en";
            };
            header?: never;
            path: {
                waveId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The survey */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        waveId: string;
                        waveLabel: string;
                        projectName: string;
                        languages: ("nl" | "fr" | "en")[];
                        /** @enum {string} */
                        language: "nl" | "fr" | "en";
                        /** @description A JSON object */
                        definition: {
                            [key: string]: unknown;
                        };
                        /** @description A JSON object */
                        answers?: {
                            [key: string]: unknown;
                        };
                        closesAt?: string;
                    };
                };
            };
            /** @description The body is not valid JSON or is nested deeper than 64 levels, or the path has malformed percent-encoding */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem400"];
                };
            };
            /** @description No wave open to anyone with this id (reason `invalid`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem404"];
                };
            };
            /** @description The wave is not open yet (`not-yet-open`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem409"];
                };
            };
            /** @description The wave is closed (`closed`) */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem410"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB by default) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem413"];
                };
            };
            /** @description The body’s encoding or charset is not supported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem415"];
                };
            };
            /** @description The request does not match its schema (see `errors`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem422"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem429"];
                };
            };
            /** @description A bug: the detail reveals nothing, the server log has the cause */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem500"];
                };
            };
            /** @description The database is not available */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem503"];
                };
            };
        };
    };
    postApiPublicWavesWaveIdResponses: {
        parameters: {
            query?: never;
            header: {
                /** @description A client-chosen key per submission: sending it again returns the first result */
                "Idempotency-Key": string;
            };
            path: {
                waveId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A JSON object */
                    answers: {
                        [key: string]: unknown;
                    };
                    /** @enum {string} */
                    language?: "nl" | "fr" | "en";
                };
            };
        };
        responses: {
            /** @description A replay of an earlier submission with the same key */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        responseId: string;
                        /** @enum {string} */
                        status: "partial" | "complete";
                        replayed?: boolean;
                    };
                };
            };
            /** @description Saved */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        responseId: string;
                        /** @enum {string} */
                        status: "partial" | "complete";
                        replayed?: boolean;
                    };
                };
            };
            /** @description The body is not valid JSON or is nested deeper than 64 levels, or the path has malformed percent-encoding */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem400"];
                };
            };
            /** @description No wave open to anyone with this id (reason `invalid`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem404"];
                };
            };
            /** @description The wave is not open yet (`not-yet-open`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem409"];
                };
            };
            /** @description The wave is closed (`closed`) */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem410"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB by default) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem413"];
                };
            };
            /** @description The body is not `application/json`, or its encoding or charset is not supported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem415"];
                };
            };
            /** @description No valid Idempotency-Key, or answers missing or not valid, one error per question (`body.answers.<name>`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem422"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem429"];
                };
            };
            /** @description A bug: the detail reveals nothing, the server log has the cause */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem500"];
                };
            };
            /** @description The database is not available */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem503"];
                };
            };
        };
    };
    getApiWavesWaveIdSurvey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                waveId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The wave and its locked survey definition */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        wave: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            projectId: string;
                            /** Format: uuid */
                            surveyId: string;
                            surveyVersion: number;
                            label: string;
                            /** @enum {string} */
                            access: "invitation" | "open";
                            /** @enum {string} */
                            status: "draft" | "open" | "closed";
                            /** Format: date-time */
                            opensAt?: string;
                            /** Format: date-time */
                            closesAt?: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                        projectName: string;
                        languages: ("nl" | "fr" | "en")[];
                        /** @description A JSON object */
                        definition: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description The body is not valid JSON or is nested deeper than 64 levels, or the path has malformed percent-encoding */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem400"];
                };
            };
            /** @description No API key or session cookie, or a wrong, revoked or expired one */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="neighbourly"` */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem401"];
                };
            };
            /** @description The caller’s role or project scope does not allow this, or a write with the session cookie lacks its CSRF token (`reason: csrf`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem403"];
                };
            };
            /** @description No record with this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem404"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB by default) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem413"];
                };
            };
            /** @description The body’s encoding or charset is not supported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem415"];
                };
            };
            /** @description The request does not match its schema (see `errors`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem422"];
                };
            };
            /** @description A bug: the detail reveals nothing, the server log has the cause */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem500"];
                };
            };
            /** @description The database is not available */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem503"];
                };
            };
        };
    };
    postApiWavesWaveIdResponses: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key per questionnaire typed in: sending it again returns the first result (safe retries) */
                "Idempotency-Key"?: string;
            };
            path: {
                waveId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A JSON object */
                    answers: {
                        [key: string]: unknown;
                    };
                    /** @enum {string} */
                    mode: "paper" | "interview";
                    /** @enum {string} */
                    language?: "nl" | "fr" | "en";
                    code?: string;
                };
            };
        };
        responses: {
            /** @description A replay of an earlier entry with the same key */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        responseId: string;
                        /** @enum {string} */
                        status: "partial" | "complete";
                        /** @enum {string} */
                        mode: "online" | "paper" | "interview";
                        /** Format: uuid */
                        respondentId?: string;
                        replayed?: boolean;
                    };
                };
            };
            /** @description Saved */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        responseId: string;
                        /** @enum {string} */
                        status: "partial" | "complete";
                        /** @enum {string} */
                        mode: "online" | "paper" | "interview";
                        /** Format: uuid */
                        respondentId?: string;
                        replayed?: boolean;
                    };
                };
            };
            /** @description The body is not valid JSON or is nested deeper than 64 levels, or the path has malformed percent-encoding */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem400"];
                };
            };
            /** @description No API key or session cookie, or a wrong, revoked or expired one */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="neighbourly"` */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem401"];
                };
            };
            /** @description The caller’s role or project scope does not allow this, or a write with the session cookie lacks its CSRF token (`reason: csrf`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem403"];
                };
            };
            /** @description No record with this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem404"];
                };
            };
            /** @description The code’s invitation was already completed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem409"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB by default) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem413"];
                };
            };
            /** @description The body is not `application/json`, or its encoding or charset is not supported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem415"];
                };
            };
            /** @description Answers not valid per question (blank required questions are accepted: paper allows them), or a code that is not one of this wave */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem422"];
                };
            };
            /** @description A bug: the detail reveals nothing, the server log has the cause */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem500"];
                };
            };
            /** @description The database is not available */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem503"];
                };
            };
        };
    };
    getApiProjectsProjectIdWavesWaveIdQuestionnairePdf: {
        parameters: {
            query?: {
                lang?: "nl" | "fr" | "en";
            };
            header?: never;
            path: {
                projectId: string;
                waveId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The questionnaire */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description The body is not valid JSON or is nested deeper than 64 levels, or the path has malformed percent-encoding */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem400"];
                };
            };
            /** @description No API key or session cookie, or a wrong, revoked or expired one */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="neighbourly"` */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem401"];
                };
            };
            /** @description The caller’s role or project scope does not allow this, or a write with the session cookie lacks its CSRF token (`reason: csrf`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem403"];
                };
            };
            /** @description No record with this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem404"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB by default) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem413"];
                };
            };
            /** @description The body’s encoding or charset is not supported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem415"];
                };
            };
            /** @description The request does not match its schema (see `errors`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem422"];
                };
            };
            /** @description A bug: the detail reveals nothing, the server log has the cause */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem500"];
                };
            };
            /** @description The database is not available */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem503"];
                };
            };
        };
    };
    getApiProjectsProjectIdWavesWaveIdInvitationsLettersPdf: {
        parameters: {
            query?: {
                lang?: "nl" | "fr" | "en";
            };
            header?: never;
            path: {
                projectId: string;
                waveId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The letters */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description The body is not valid JSON or is nested deeper than 64 levels, or the path has malformed percent-encoding */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem400"];
                };
            };
            /** @description No API key or session cookie, or a wrong, revoked or expired one */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="neighbourly"` */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem401"];
                };
            };
            /** @description The caller’s role or project scope does not allow this, or a write with the session cookie lacks its CSRF token (`reason: csrf`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem403"];
                };
            };
            /** @description No record with this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem404"];
                };
            };
            /** @description No invitation waits for a letter, or the wave is open to anyone */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem409"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB by default) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem413"];
                };
            };
            /** @description The body’s encoding or charset is not supported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem415"];
                };
            };
            /** @description The request does not match its schema (see `errors`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem422"];
                };
            };
            /** @description A bug: the detail reveals nothing, the server log has the cause */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem500"];
                };
            };
            /** @description The database is not available */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem503"];
                };
            };
        };
    };
    getApiProjectsProjectIdIndicators: {
        parameters: {
            query?: {
                waveId?: string;
                groupBy?: string;
            };
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The results of the indicator engine */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        waves: string[];
                        groupBy: string[];
                        cells: ({
                            indicatorId: string;
                            waveId: string;
                            /** @description The subgroup; `{}` is everyone */
                            group: {
                                [key: string]: string;
                            };
                            n: number;
                            missing: number;
                            /** @constant */
                            suppressed: false;
                            value?: number;
                            /** @description 95% confidence interval */
                            ci?: [
                                number,
                                number
                            ];
                            sd?: number;
                            /** @description Cronbach’s alpha of multi-item indicators */
                            alpha?: number;
                            distribution?: {
                                value: number;
                                count: number;
                                range?: [
                                    number,
                                    number
                                ];
                            }[];
                        } | {
                            indicatorId: string;
                            waveId: string;
                            /** @description The subgroup; `{}` is everyone */
                            group: {
                                [key: string]: string;
                            };
                            /** @constant */
                            suppressed: true;
                            /**
                             * @description `small-cell`: fewer respondents than minCellSize; `complementary`: hidden so a small neighbour group cannot be worked out
                             * @enum {string}
                             */
                            suppression: "small-cell" | "complementary";
                        })[];
                        respondents: {
                            [key: string]: number;
                        };
                        issues: {
                            code: string;
                            path: (string | number)[];
                            message: string;
                            /** @enum {string} */
                            severity?: "error" | "warning";
                        }[];
                        indicators?: {
                            id: string;
                            /** @enum {string} */
                            kind: "mean" | "proportion" | "count" | "scale" | "composite";
                            /** @enum {string} */
                            direction: "higher-is-better" | "lower-is-better";
                            /** @enum {string} */
                            unit?: "share" | "score" | "count";
                            baseline?: number;
                            target?: number;
                            minCellSize: number;
                        }[];
                    };
                };
            };
            /** @description The body is not valid JSON or is nested deeper than 64 levels, or the path has malformed percent-encoding */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem400"];
                };
            };
            /** @description No API key or session cookie, or a wrong, revoked or expired one */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="neighbourly"` */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem401"];
                };
            };
            /** @description The caller’s role or project scope does not allow this, or a write with the session cookie lacks its CSRF token (`reason: csrf`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem403"];
                };
            };
            /** @description No project with this id, or no wave with `waveId` in it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem404"];
                };
            };
            /** @description The project has no indicator set yet */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem409"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB by default) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem413"];
                };
            };
            /** @description The body’s encoding or charset is not supported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem415"];
                };
            };
            /** @description a `groupBy` name that is not a respondent attribute or a background question (`reason: group-by-not-allowed`; `errors` lists what is allowed) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem422"];
                };
            };
            /** @description A bug: the detail reveals nothing, the server log has the cause */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem500"];
                };
            };
            /** @description The database is not available */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem503"];
                };
            };
        };
    };
    getApiProjectsProjectIdComparison: {
        parameters: {
            query: {
                from: string;
                to: string;
                groupBy?: string;
            };
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The comparison */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        from: string;
                        to: string;
                        /** @enum {string} */
                        adjustment: "holm" | "bh" | "none";
                        alpha: number;
                        comparisons: {
                            indicatorId: string;
                            /** @description The subgroup; `{}` is everyone */
                            group: {
                                [key: string]: string;
                            };
                            from: {
                                waveId: string;
                                n: number;
                                value?: number;
                                ci?: [
                                    number,
                                    number
                                ];
                                /** @constant */
                                suppressed: false;
                            } | {
                                waveId: string;
                                /** @constant */
                                suppressed: true;
                                /**
                                 * @description `small-cell`: fewer respondents than minCellSize; `complementary`: hidden so a small neighbour group cannot be worked out
                                 * @enum {string}
                                 */
                                suppression: "small-cell" | "complementary";
                            };
                            to: {
                                waveId: string;
                                n: number;
                                value?: number;
                                ci?: [
                                    number,
                                    number
                                ];
                                /** @constant */
                                suppressed: false;
                            } | {
                                waveId: string;
                                /** @constant */
                                suppressed: true;
                                /**
                                 * @description `small-cell`: fewer respondents than minCellSize; `complementary`: hidden so a small neighbour group cannot be worked out
                                 * @enum {string}
                                 */
                                suppression: "small-cell" | "complementary";
                            };
                            /** @description Left out when a side is suppressed */
                            linked?: number;
                            change?: number;
                            changeCi?: [
                                number,
                                number
                            ];
                            /** @enum {string} */
                            test: "paired-t" | "wilcoxon-signed-rank" | "welch-t" | "mann-whitney-u" | "two-proportion-z" | "mcnemar" | "none";
                            secondaryTest?: {
                                /** @enum {string} */
                                test: "paired-t" | "wilcoxon-signed-rank" | "welch-t" | "mann-whitney-u" | "two-proportion-z" | "mcnemar" | "none";
                                p: number;
                            };
                            statistic?: number;
                            p?: number;
                            pAdjusted?: number;
                            significant?: boolean;
                            effectSize?: {
                                /** @enum {string} */
                                kind: "cohens-d" | "hedges-g" | "cohens-h" | "dz";
                                value: number;
                            };
                            /** @enum {string} */
                            status: "achieved" | "improving" | "no-change" | "worsening" | "insufficient-data";
                            progress?: number;
                            note?: string;
                        }[];
                    };
                };
            };
            /** @description The body is not valid JSON or is nested deeper than 64 levels, or the path has malformed percent-encoding */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem400"];
                };
            };
            /** @description No API key or session cookie, or a wrong, revoked or expired one */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="neighbourly"` */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem401"];
                };
            };
            /** @description The caller’s role or project scope does not allow this, or a write with the session cookie lacks its CSRF token (`reason: csrf`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem403"];
                };
            };
            /** @description No project with this id, or `from` or `to` is not one of its waves */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem404"];
                };
            };
            /** @description The project has no indicator set yet */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem409"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB by default) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem413"];
                };
            };
            /** @description The body’s encoding or charset is not supported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem415"];
                };
            };
            /** @description The same wave twice, or a `groupBy` name that is not a respondent attribute or a background question (`reason: group-by-not-allowed`; `errors` lists what is allowed) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem422"];
                };
            };
            /** @description A bug: the detail reveals nothing, the server log has the cause */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem500"];
                };
            };
            /** @description The database is not available */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem503"];
                };
            };
        };
    };
    getApiProjectsProjectIdTheoryOfChange: {
        parameters: {
            query?: {
                lang?: "nl" | "fr" | "en";
            };
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The SVG and a progress summary per outcome and impact node */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description An SVG document */
                        svg: string;
                        progress: {
                            from?: string;
                            to?: string;
                            nodes: {
                                nodeId: string;
                                /** @enum {string} */
                                kind: "input" | "activity" | "output" | "outcome" | "impact";
                                label: {
                                    nl?: string;
                                    fr?: string;
                                    en?: string;
                                };
                                objectiveIds: string[];
                                indicators: {
                                    indicatorId: string;
                                    collected: boolean;
                                    waves: string[];
                                    latest?: {
                                        waveId: string;
                                        value: number;
                                        n: number;
                                    };
                                    /** @enum {string} */
                                    status?: "achieved" | "improving" | "no-change" | "worsening" | "insufficient-data";
                                    change?: number;
                                    significant?: boolean;
                                    pAdjusted?: number;
                                }[];
                                /** @enum {string} */
                                status: "achieved" | "improving" | "no-change" | "worsening" | "insufficient-data" | "mixed" | "not-measured";
                            }[];
                            /** @description Nodes per status */
                            counts: {
                                achieved: number;
                                improving: number;
                                "no-change": number;
                                worsening: number;
                                "insufficient-data": number;
                                mixed: number;
                                "not-measured": number;
                            };
                        };
                    };
                };
            };
            /** @description The body is not valid JSON or is nested deeper than 64 levels, or the path has malformed percent-encoding */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem400"];
                };
            };
            /** @description No API key or session cookie, or a wrong, revoked or expired one */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="neighbourly"` */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem401"];
                };
            };
            /** @description The caller’s role or project scope does not allow this, or a write with the session cookie lacks its CSRF token (`reason: csrf`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem403"];
                };
            };
            /** @description No project with this id, or it has no theory of change yet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem404"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB by default) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem413"];
                };
            };
            /** @description The body’s encoding or charset is not supported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem415"];
                };
            };
            /** @description The request does not match its schema (see `errors`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem422"];
                };
            };
            /** @description A bug: the detail reveals nothing, the server log has the cause */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem500"];
                };
            };
            /** @description The database is not available */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem503"];
                };
            };
        };
    };
    getApiProjectsProjectIdReportPdf: {
        parameters: {
            query?: {
                lang?: "nl" | "fr" | "en";
            };
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report */
            200: {
                headers: {
                    /** @description An attachment with a file name */
                    "Content-Disposition": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description The body is not valid JSON or is nested deeper than 64 levels, or the path has malformed percent-encoding */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem400"];
                };
            };
            /** @description No API key or session cookie, or a wrong, revoked or expired one */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="neighbourly"` */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem401"];
                };
            };
            /** @description The caller’s role or project scope does not allow this, or a write with the session cookie lacks its CSRF token (`reason: csrf`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem403"];
                };
            };
            /** @description No record with this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem404"];
                };
            };
            /** @description The project has no waves, or no indicator set, yet */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem409"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB by default) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem413"];
                };
            };
            /** @description The body’s encoding or charset is not supported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem415"];
                };
            };
            /** @description The request does not match its schema (see `errors`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem422"];
                };
            };
            /** @description A bug: the detail reveals nothing, the server log has the cause */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem500"];
                };
            };
            /** @description The database is not available */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem503"];
                };
            };
        };
    };
    getApiProjectsProjectIdOpenAnswers: {
        parameters: {
            query: {
                waveId: string;
            };
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The answers per question */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        waveId: string;
                        minCellSize: number;
                        questions: {
                            name: string;
                            title: string | {
                                [key: string]: string;
                            };
                            n: number;
                            suppressed: boolean;
                            answers?: string[];
                        }[];
                    };
                };
            };
            /** @description The body is not valid JSON or is nested deeper than 64 levels, or the path has malformed percent-encoding */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem400"];
                };
            };
            /** @description No API key or session cookie, or a wrong, revoked or expired one */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="neighbourly"` */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem401"];
                };
            };
            /** @description The caller’s role or project scope does not allow this, or a write with the session cookie lacks its CSRF token (`reason: csrf`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem403"];
                };
            };
            /** @description No record with this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem404"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB by default) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem413"];
                };
            };
            /** @description The body’s encoding or charset is not supported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem415"];
                };
            };
            /** @description The request does not match its schema (see `errors`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem422"];
                };
            };
            /** @description A bug: the detail reveals nothing, the server log has the cause */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem500"];
                };
            };
            /** @description The database is not available */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem503"];
                };
            };
        };
    };
    getApiProgrammesResults: {
        parameters: {
            query: {
                projects: string;
                typology?: number;
                typologyVars?: string;
                by?: string;
                method?: "REML" | "DL" | "FE";
                ci?: "hartung-knapp" | "wald";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The pooled programme */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        method: string;
                        ci: string;
                        projects: ({
                            id: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        indicators: ({
                            id: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        waves: string[];
                        changes: {
                            from: string;
                            to: string;
                        }[];
                        pooled: ({
                            indicatorId: string;
                            k: number;
                            status: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        breakdowns: ({
                            indicatorId: string;
                            variable: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        coverage: ({
                            projectId: string;
                            indicatorId: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        issues: ({
                            code: string;
                            message: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The body is not valid JSON or is nested deeper than 64 levels, or the path has malformed percent-encoding */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem400"];
                };
            };
            /** @description No API key or session cookie, or a wrong, revoked or expired one */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="neighbourly"` */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem401"];
                };
            };
            /** @description The caller’s role or project scope does not allow this, or a write with the session cookie lacks its CSRF token (`reason: csrf`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem403"];
                };
            };
            /** @description A project in `projects` does not exist, or is outside the key’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem404"];
                };
            };
            /** @description A project in `projects` has no indicator set yet */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem409"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB by default) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem413"];
                };
            };
            /** @description The body’s encoding or charset is not supported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem415"];
                };
            };
            /** @description The request does not match its schema (see `errors`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem422"];
                };
            };
            /** @description A bug: the detail reveals nothing, the server log has the cause */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem500"];
                };
            };
            /** @description The database is not available */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem503"];
                };
            };
        };
    };
    getApiProgrammesReportPdf: {
        parameters: {
            query: {
                projects: string;
                typology?: number;
                typologyVars?: string;
                by?: string;
                method?: "REML" | "DL" | "FE";
                ci?: "hartung-knapp" | "wald";
                lang?: "nl" | "fr" | "en";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description The body is not valid JSON or is nested deeper than 64 levels, or the path has malformed percent-encoding */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem400"];
                };
            };
            /** @description No API key or session cookie, or a wrong, revoked or expired one */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="neighbourly"` */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem401"];
                };
            };
            /** @description The caller’s role or project scope does not allow this, or a write with the session cookie lacks its CSRF token (`reason: csrf`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem403"];
                };
            };
            /** @description A project in `projects` does not exist, or is outside the key’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem404"];
                };
            };
            /** @description A project in `projects` has no indicator set yet */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem409"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB by default) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem413"];
                };
            };
            /** @description The body’s encoding or charset is not supported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem415"];
                };
            };
            /** @description The request does not match its schema (see `errors`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem422"];
                };
            };
            /** @description A bug: the detail reveals nothing, the server log has the cause */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem500"];
                };
            };
            /** @description The database is not available */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem503"];
                };
            };
        };
    };
    getApiProjectsProjectIdResponsesCsv: {
        parameters: {
            query?: {
                layout?: "wide" | "long";
                mode?: "deidentified" | "full";
                reason?: string;
            };
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV, one row per response (wide) or per answer (long) */
            200: {
                headers: {
                    /** @description An attachment named after the project and layout */
                    "Content-Disposition": string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The body is not valid JSON or is nested deeper than 64 levels, or the path has malformed percent-encoding */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem400"];
                };
            };
            /** @description No API key or session cookie, or a wrong, revoked or expired one */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="neighbourly"` */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem401"];
                };
            };
            /** @description A full export asked with a researcher key (`reason: export-right`), or outside the key’s scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem403"];
                };
            };
            /** @description No record with this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem404"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB by default) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem413"];
                };
            };
            /** @description The body’s encoding or charset is not supported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem415"];
                };
            };
            /** @description The request does not match its schema (see `errors`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem422"];
                };
            };
            /** @description A bug: the detail reveals nothing, the server log has the cause */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem500"];
                };
            };
            /** @description The database is not available */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem503"];
                };
            };
        };
    };
    getApiProjectsProjectIdResponsesNdjson: {
        parameters: {
            query?: {
                layout?: "wide" | "long";
                mode?: "deidentified" | "full";
                reason?: string;
            };
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One JSON object per line */
            200: {
                headers: {
                    /** @description An attachment named after the project and layout */
                    "Content-Disposition": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": string;
                };
            };
            /** @description The body is not valid JSON or is nested deeper than 64 levels, or the path has malformed percent-encoding */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem400"];
                };
            };
            /** @description No API key or session cookie, or a wrong, revoked or expired one */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="neighbourly"` */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem401"];
                };
            };
            /** @description A full export asked with a researcher key (`reason: export-right`), or outside the key’s scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem403"];
                };
            };
            /** @description No record with this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem404"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB by default) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem413"];
                };
            };
            /** @description The body’s encoding or charset is not supported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem415"];
                };
            };
            /** @description The request does not match its schema (see `errors`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem422"];
                };
            };
            /** @description A bug: the detail reveals nothing, the server log has the cause */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem500"];
                };
            };
            /** @description The database is not available */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem503"];
                };
            };
        };
    };
    putApiProjectsProjectIdRespondentsRespondentIdContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                respondentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    /** Format: email */
                    email?: string;
                    phone?: string;
                    /** @enum {string} */
                    language?: "nl" | "fr" | "en";
                };
            };
        };
        responses: {
            /** @description Stored */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body is not valid JSON or is nested deeper than 64 levels, or the path has malformed percent-encoding */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem400"];
                };
            };
            /** @description No API key or session cookie, or a wrong, revoked or expired one */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="neighbourly"` */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem401"];
                };
            };
            /** @description The caller’s role or project scope does not allow this, or a write with the session cookie lacks its CSRF token (`reason: csrf`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem403"];
                };
            };
            /** @description No record with this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem404"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB by default) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem413"];
                };
            };
            /** @description The body is not `application/json`, or its encoding or charset is not supported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem415"];
                };
            };
            /** @description The request does not match its schema (see `errors`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem422"];
                };
            };
            /** @description A bug: the detail reveals nothing, the server log has the cause */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem500"];
                };
            };
            /** @description The database is not available */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem503"];
                };
            };
        };
    };
    deleteApiProjectsProjectIdRespondentsRespondentId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                respondentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What was erased */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        responses: number;
                        invitations: number;
                        contact: boolean;
                        redactedAuditEntries: number;
                        walCleared: boolean;
                        /** Format: uuid */
                        auditEntryId: string;
                    };
                };
            };
            /** @description The body is not valid JSON or is nested deeper than 64 levels, or the path has malformed percent-encoding */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem400"];
                };
            };
            /** @description No API key or session cookie, or a wrong, revoked or expired one */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="neighbourly"` */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem401"];
                };
            };
            /** @description The caller’s role or project scope does not allow this, or a write with the session cookie lacks its CSRF token (`reason: csrf`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem403"];
                };
            };
            /** @description No record with this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem404"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB by default) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem413"];
                };
            };
            /** @description The body’s encoding or charset is not supported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem415"];
                };
            };
            /** @description The request does not match its schema (see `errors`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem422"];
                };
            };
            /** @description A bug: the detail reveals nothing, the server log has the cause */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem500"];
                };
            };
            /** @description The database is not available */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem503"];
                };
            };
        };
    };
    getSToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description The body is not valid JSON or is nested deeper than 64 levels, or the path has malformed percent-encoding */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem400"];
                };
            };
            /** @description The page saying the link is not valid */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description The page saying the survey was already completed with this link, or is not open yet */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description The page saying the link was withdrawn or expired, or the survey is closed */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description The body is larger than the server accepts (1 MB by default) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem413"];
                };
            };
            /** @description The body’s encoding or charset is not supported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem415"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem429"];
                };
            };
            /** @description The page saying something went wrong (the error is logged) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description The page saying the survey cannot be reached now (the database is not available) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    getOWaveId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                waveId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description The body is not valid JSON or is nested deeper than 64 levels, or the path has malformed percent-encoding */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem400"];
                };
            };
            /** @description The page saying the wave is not open to anyone */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description The page saying the survey is not open yet */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description The page saying the survey is closed */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description The body is larger than the server accepts (1 MB by default) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem413"];
                };
            };
            /** @description The body’s encoding or charset is not supported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem415"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem429"];
                };
            };
            /** @description The page saying something went wrong (the error is logged) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description The page saying the survey cannot be reached now (the database is not available) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    getKWaveId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                waveId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description The body is not valid JSON or is nested deeper than 64 levels, or the path has malformed percent-encoding */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem400"];
                };
            };
            /** @description The page saying the wave is not open to anyone */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description The page saying the survey is not open yet */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description The page saying the survey is closed */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description The body is larger than the server accepts (1 MB by default) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem413"];
                };
            };
            /** @description The body’s encoding or charset is not supported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem415"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem429"];
                };
            };
            /** @description The page saying something went wrong (the error is logged) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description The page saying the survey cannot be reached now (the database is not available) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    getC: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description The body is not valid JSON or is nested deeper than 64 levels, or the path has malformed percent-encoding */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem400"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB by default) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem413"];
                };
            };
            /** @description The body’s encoding or charset is not supported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem415"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem429"];
                };
            };
            /** @description A bug: the detail reveals nothing, the server log has the cause */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem500"];
                };
            };
        };
    };
    getStaticAsset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                asset: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file (JavaScript or CSS) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/javascript": string;
                    "text/css": string;
                };
            };
            /** @description Not modified (the ETag matched) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body is not valid JSON or is nested deeper than 64 levels, or the path has malformed percent-encoding */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem400"];
                };
            };
            /** @description No such file */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem404"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB by default) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem413"];
                };
            };
            /** @description The body’s encoding or charset is not supported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem415"];
                };
            };
            /** @description A bug: the detail reveals nothing, the server log has the cause */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem500"];
                };
            };
        };
    };
    getRoot: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description To the coordinator's web app */
            302: {
                headers: {
                    /** @description The web app, relative to the mount path */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                    "text/html": string;
                };
            };
            /** @description The body is not valid JSON or is nested deeper than 64 levels, or the path has malformed percent-encoding */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem400"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB by default) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem413"];
                };
            };
            /** @description The body’s encoding or charset is not supported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem415"];
                };
            };
            /** @description A bug: the detail reveals nothing, the server log has the cause */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem500"];
                };
            };
        };
    };
    getDashboard: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description To the coordinator's web app */
            302: {
                headers: {
                    /** @description The web app, relative to the mount path */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                    "text/html": string;
                };
            };
            /** @description The body is not valid JSON or is nested deeper than 64 levels, or the path has malformed percent-encoding */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem400"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB by default) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem413"];
                };
            };
            /** @description The body’s encoding or charset is not supported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem415"];
                };
            };
            /** @description A bug: the detail reveals nothing, the server log has the cause */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem500"];
                };
            };
        };
    };
    getVendorFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                file: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file (JavaScript or CSS) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/javascript": string;
                    "text/css": string;
                };
            };
            /** @description The body is not valid JSON or is nested deeper than 64 levels, or the path has malformed percent-encoding */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem400"];
                };
            };
            /** @description No such file */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem404"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB by default) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem413"];
                };
            };
            /** @description The body’s encoding or charset is not supported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem415"];
                };
            };
            /** @description A bug: the detail reveals nothing, the server log has the cause */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem500"];
                };
            };
        };
    };
}
