import type { JsonValue, Project, Respondent, Store } from '@neighbourly/store';
import { type AnswerFieldKind, listAnswerFields, listBackgroundQuestions } from '@neighbourly/surveys';
import type { CellValue } from './csv.js';
import { projectIndicatorSet } from './project-parts.js';
import { flattenAnswer, idCells, idColumns } from './response-table.js';

/**
 * `deidentified` (the default, and all a researcher key may have): free-text answers left out, group values
 * held by fewer respondents than the cell-size rule blanked, dates to the month. `full`: everything, for a
 * coordinator or admin who gives a reason (audited).
 */
export type ExportMode = 'deidentified' | 'full';

/** One exported response: its id cells, its group cells (by group column) and its answer cells. */
export interface ExportRow {
  ids: CellValue[];
  groups: Map<string, CellValue>;
  answers: [string, CellValue][];
}

/** The rows of an export and the group columns they share, in a stable order. */
export interface ExportTable {
  groupColumns: string[];
  rows: ExportRow[];
}

/** Answer kinds a de-identified export leaves out: free text, and raw values that may hold text. */
const identifyingKinds: ReadonlySet<AnswerFieldKind> = new Set(['text', 'other']);

interface VersionShape {
  background: Set<string>;
  kinds: Map<string, AnswerFieldKind>;
}

/** The smallest group a de-identified export shows: the largest `minCellSize` of the project's indicators. */
function cellSizeOf(project: Project): number {
  const sizes = projectIndicatorSet(project)?.indicators.map((indicator) => indicator.minCellSize) ?? [];
  return Math.max(5, ...sizes);
}

/**
 * A project's complete responses as export rows. Group columns (the respondent's `respondentGroup`, each panel
 * attribute as `attribute.<name>`, and each background question) sit on every row, in the long layout too, so
 * an answer can always be broken down by group. In `deidentified` mode the rules above apply.
 */
export async function buildExportTable(
  store: Store,
  project: Project,
  mode: ExportMode,
): Promise<ExportTable> {
  const waves = await store.waves.list(project.id, { limit: 1000 });
  const labels = new Map(waves.map((wave) => [wave.id, wave.label]));
  const shapes = new Map<string, VersionShape>();
  for (const wave of waves) {
    const key = `${wave.surveyId}@${wave.surveyVersion}`;
    if (shapes.has(key)) continue;
    const version = await store.surveys.getVersion(wave.surveyId, wave.surveyVersion);
    if (version === undefined) continue;
    shapes.set(key, {
      background: new Set(listBackgroundQuestions(version.definition)),
      kinds: new Map(listAnswerFields(version.definition).map((field) => [field.name, field.kind])),
    });
  }
  const shapeOf = new Map(
    waves.map((wave) => [wave.id, shapes.get(`${wave.surveyId}@${wave.surveyVersion}`)]),
  );
  const respondents = new Map<string, Respondent | undefined>();
  const groupColumns = new Set<string>();
  const rows: ExportRow[] = [];
  for await (const response of store.streamResponses({ projectId: project.id })) {
    const shape = shapeOf.get(response.waveId);
    const groups = new Map<string, CellValue>();
    if (response.respondentId !== undefined) {
      if (!respondents.has(response.respondentId)) {
        respondents.set(response.respondentId, await store.respondents.get(response.respondentId));
      }
      const respondent = respondents.get(response.respondentId);
      if (respondent?.group !== undefined) groups.set('respondentGroup', respondent.group);
      for (const [name, value] of Object.entries(respondent?.attributes ?? {})) {
        groups.set(`attribute.${name}`, cellOf(value));
      }
    }
    const answers: [string, CellValue][] = [];
    for (const [name, value] of Object.entries(response.answers)) {
      if (shape?.background.has(name)) {
        groups.set(name, cellOf(value));
        continue;
      }
      const flat: [string, CellValue][] = [];
      flattenAnswer(name, value, flat);
      for (const [field, cell] of flat) {
        const kind = shape?.kinds.get(field) ?? shape?.kinds.get(name);
        if (mode === 'deidentified' && (kind === undefined || identifyingKinds.has(kind))) continue;
        answers.push([field, cell]);
      }
    }
    for (const name of groups.keys()) groupColumns.add(name);
    const ids = idCells(response, labels);
    if (mode === 'deidentified') ids[idColumns.indexOf('submittedAt')] = response.submittedAt?.slice(0, 7);
    rows.push({ ids, groups, answers });
  }
  if (mode === 'deidentified') blankSmallGroups(rows, cellSizeOf(project));
  return { groupColumns: [...groupColumns].sort(), rows };
}

/** Blanks every group value fewer than `cellSize` respondents (pseudonyms; responses without one count once) share. */
function blankSmallGroups(rows: readonly ExportRow[], cellSize: number): void {
  const holders = new Map<string, Set<unknown>>();
  rows.forEach((row, index) => {
    const who = row.ids[0] ?? `response-${index}`;
    for (const [column, value] of row.groups) {
      const key = `${column}\u0000${String(value)}`;
      const set = holders.get(key) ?? new Set();
      set.add(who);
      holders.set(key, set);
    }
  });
  for (const row of rows) {
    for (const [column, value] of row.groups) {
      if ((holders.get(`${column}\u0000${String(value)}`)?.size ?? 0) < cellSize)
        row.groups.set(column, null);
    }
  }
}

function cellOf(value: JsonValue): CellValue {
  if (value === null || typeof value !== 'object') return value;
  return Array.isArray(value) ? value.map(String).join(';') : JSON.stringify(value);
}
