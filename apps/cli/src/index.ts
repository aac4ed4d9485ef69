export { CliError, type CliErrorCode, type CliProblem, formatProblem } from './cli-error.js';
export { type ExitCode, exitCodes } from './exit-codes.js';
export { cliVersion, createProgram } from './program.js';
export {
  type ProjectFile,
  type ProjectFileInput,
  ProjectFileSchema,
  ProjectWaveSchema,
} from './project-file.js';
export { type RunCliOptions, runCli } from './run-cli.js';
