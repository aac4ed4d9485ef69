import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  caringNeighbourhoodsFramework,
  type Language,
  LanguageSchema,
  starterTheoryOfChange,
} from '@neighbourly/core';
import { allTemplateIndicators, listSurveyTemplates, surveyTemplate } from '@neighbourly/surveys';
import { CliError } from '../../cli-error.js';
import type { ProjectFileInput } from '../../project-file.js';
import type { CliContext } from '../context.js';
import { describeFsError } from '../files/read-text-file.js';
import { formatJson, writeOutputFile } from '../files/write-file.js';

const responsesReadme = `# Responses

Put the project's responses here, one file per export:

- \`*.ndjson\` or \`*.json\`: records \`{ "respondentId": "r1", "waveId": "baseline", "group": { "age_band": "65+" }, "answers": { … } }\`
  (one per line, or a JSON array);
- \`*.csv\`: one row per response, with a mapping file that says which column is the wave, the respondent,
  the subgroups and the questions (see docs/cli.md).

Then run, from the project folder:

    neighbourly indicators --project project.json --responses responses/<file>
`;

/** The starter waves, labelled in the project's first language. */
const starterWaves: Record<Language, { id: string; label: string }[]> = {
  nl: [
    { id: 'baseline', label: 'Nulmeting' },
    { id: 'end', label: 'Eindmeting' },
  ],
  fr: [
    { id: 'baseline', label: 'Mesure initiale' },
    { id: 'end', label: 'Mesure finale' },
  ],
  en: [
    { id: 'baseline', label: 'Baseline' },
    { id: 'end', label: 'End' },
  ],
};

function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'project' : slug;
}

/** Options of `neighbourly init`. */
export type InitOptions = { name?: string; lang: string; force?: boolean };

/** Runs `neighbourly init`: writes the scaffold into `dir`. */
export async function runInit(context: CliContext, dir: string, options: InitOptions): Promise<void> {
  const languages: Language[] = [];
  for (const code of options.lang.split(',').map((part) => part.trim())) {
    const parsed = LanguageSchema.safeParse(code);
    if (!parsed.success) {
      throw new CliError('usage', `--lang: "${code}" is not a supported language (nl, fr, en)`);
    }
    languages.push(parsed.data);
  }
  const folderName =
    dir === '.' ? (process.cwd().split(/[\\/]/).pop() ?? 'project') : dir.split(/[\\/]/).pop();
  const name = options.name ?? folderName ?? 'project';
  const indicatorSet = allTemplateIndicators();
  const templates = listSurveyTemplates().map((template) => ({
    file: `surveys/${template.id}.json`,
    definition: surveyTemplate(template.round, template.group),
  }));
  const project: ProjectFileInput = {
    name,
    slug: slugify(name),
    languages,
    framework: 'caring-neighbourhoods',
    indicatorSet: 'indicators.json',
    theoryOfChange: 'theory-of-change.json',
    surveys: templates.map((template) => template.file),
    waves: starterWaves[languages[0] ?? 'en'],
    groupBy: [],
    responses: 'responses/responses.ndjson',
  };
  const flag = options.force ? 'w' : 'wx';
  const files: [string, string][] = [
    ['project.json', formatJson(project)],
    ['indicators.json', formatJson(indicatorSet)],
    ['theory-of-change.json', formatJson(starterTheoryOfChange(caringNeighbourhoodsFramework, indicatorSet))],
    ...templates.map((template): [string, string] => [template.file, formatJson(template.definition)]),
    [join('responses', 'README.md'), responsesReadme],
  ];
  try {
    await mkdir(join(dir, 'responses'), { recursive: true });
  } catch (error) {
    throw new CliError('io', `Cannot create ${dir}: ${describeFsError(error)}`, { cause: error });
  }
  for (const [file, content] of files) await writeOutputFile(join(dir, file), content, flag);
  context.stdout.write(`Created ${dir}: ${files.map(([file]) => file).join(', ')}\n`);
  context.stdout.write(
    `Next: edit ${join(dir, 'project.json')}, then run "neighbourly validate ${join(dir, 'project.json')}".\n`,
  );
}
