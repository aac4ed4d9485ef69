import { type Command, Option } from 'commander';
import type { CliContext } from '../context.js';
import { addFormatOption, examples } from '../options.js';
import type { ValidateOptions } from '../validate/run-validate.js';
import { validateKinds } from '../validate/validate-kinds.js';

/** `neighbourly validate <files…>`. */
export function registerValidateCommand(program: Command, context: CliContext): void {
  const command = program
    .command('validate')
    .description(
      'check project.json files, frameworks, theories of change and indicator sets; list every problem as file:line:column field: message',
    )
    .argument('<files...>', 'JSON files to check')
    .addOption(
      new Option('-k, --kind <kind>', 'what the files are (default: guessed)').choices(validateKinds),
    )
    .option('--framework <id|file>', 'check theories of change against this framework (id or JSON file)');
  addFormatOption(command, ['table', 'json']);
  command.addHelpText(
    'after',
    examples(
      ['neighbourly validate project.json', 'check a project and every file it references'],
      [
        'neighbourly validate --kind theory-of-change toc.json --framework framework.json',
        'check a theory of change against a custom framework',
      ],
      ['neighbourly validate --format json project.json', 'the problems as JSON for scripts'],
    ) + '\nExits with 1 when a file has errors; warnings alone exit with 0.\n',
  );
  command.action(async (files: string[], options: ValidateOptions) => {
    const { runValidate } = await import('../validate/run-validate.js');
    await runValidate(context, files, options);
  });
}
