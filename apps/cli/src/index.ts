export { cliVersion, createProgram } from './program.js';
