import { createHash } from 'node:crypto';
import type { JsonValue, Response } from '@neighbourly/store';
import type { CellValue } from './csv.js';

/**
 * A pseudonym of a respondent for exports: stable within a project (so waves can be linked), different from
 * the panel id the store keeps (so an export cannot be joined to contact details or invitations).
 */
export function exportPseudonym(projectId: string, respondentId: string): string {
  return `r-${createHash('sha256').update(`${projectId}:${respondentId}`).digest('hex').slice(0, 16)}`;
}

/** One answer flattened to cells: matrices and multiple text become `question.row`, choices join with `;`. */
export function flattenAnswer(name: string, value: JsonValue, out: [string, CellValue][]): void {
  if (value === null || typeof value !== 'object') {
    out.push([name, value]);
  } else if (Array.isArray(value)) {
    out.push([
      name,
      value.map((item) => (typeof item === 'object' ? JSON.stringify(item) : String(item))).join(';'),
    ]);
  } else {
    for (const [key, inner] of Object.entries(value)) flattenAnswer(`${name}.${key}`, inner, out);
  }
}

/** The fixed columns of every export row. */
export const idColumns = ['respondent', 'wave', 'waveLabel', 'submittedAt', 'language', 'mode'] as const;

/** The identifying cells of a response row. */
export function idCells(response: Response, waveLabels: ReadonlyMap<string, string>): CellValue[] {
  return [
    response.respondentId === undefined
      ? undefined
      : exportPseudonym(response.projectId, response.respondentId),
    response.waveId,
    waveLabels.get(response.waveId),
    response.submittedAt,
    response.language,
    response.mode,
  ];
}
