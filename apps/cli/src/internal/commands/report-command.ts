import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { examples, parsePositiveInteger } from '../options.js';
import type { ReportOptions } from '../report/run-report.js';

/** `neighbourly report`. */
export function registerReportCommand(program: Command, context: CliContext): void {
  program
    .command('report')
    .description(
      'render a PDF impact report for a project, or for every project in a folder (in parallel, with progress)',
    )
    .option('-p, --project <file>', 'the project.json of one project')
    .option('-r, --responses <file>', 'response records (default: "responses" of project.json)')
    .option(
      '-b, --batch <folder>',
      'render every <folder>/<project>/project.json (each with its own "responses")',
    )
    .option('-l, --lang <lang>', "report language: nl, fr or en (default: each project's first language)")
    .option(
      '-o, --output <path>',
      'the PDF file (single), or the folder for the PDFs (batch; default: reports)',
    )
    .option(
      '-w, --workers <number>',
      'worker threads for --batch (default: one per CPU)',
      parsePositiveInteger,
    )
    .option('--skip-invalid', 'leave out invalid response records (listed as warnings) instead of failing')
    .addHelpText(
      'after',
      examples(
        [
          'neighbourly report --project project.json --responses responses.ndjson --lang nl -o rapport.pdf',
          'one report in Dutch',
        ],
        [
          'neighbourly report --batch projects/ -o reports/',
          'a report per project folder, named <slug>.<lang>.pdf, with a failure summary',
        ],
      ) + '\nWith --batch, exits with 1 when any report failed (the others are still written).\n',
    )
    .action(async (options: ReportOptions) => {
      const { runReport } = await import('../report/run-report.js');
      await runReport(context, options);
    });
}
