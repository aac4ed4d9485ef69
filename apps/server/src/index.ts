export {
  defineConfig,
  type LoadConfigResult,
  loadConfig,
  mailEnabled,
  type ServerConfig,
  ServerConfigSchema,
} from './config.js';
export { type CreateAppOptions, createApp } from './create-app.js';
export { createRouter, type RouterOptions, serverVersion } from './create-router.js';
export { type EnsureAdminKeyResult, ensureAdminKey } from './ensure-admin-key.js';
export {
  HttpProblem,
  type HttpProblemOptions,
  type ProblemBody,
  type ProblemFieldError,
  type ProblemType,
  problemTypes,
  problemTypeUri,
} from './http-problem.js';
export { type MailTransport, type OutgoingMail, smtpTransport } from './internal/mail/mail-transport.js';
export {
  type MailWorker,
  type MailWorkerOptions,
  startMailWorker,
} from './internal/mail/mail-worker.js';
export { type HttpRole, HttpRoleSchema, httpRoleOf, storeRoleOf } from './roles.js';
export { type DemoProjectData, type SeedSummary, seedDemoProject } from './seed-demo-project.js';
export { type RunningServer, type StartServerOptions, startServer } from './start-server.js';
