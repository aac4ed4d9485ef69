import type { IndicatorDefinition } from '@neighbourly/core';
import { localize } from '@neighbourly/core';
import type { ReportObjective } from '../report-input.js';
import { type ReportSection, reportSections } from '../report-input.js';
import type { ReportModel } from './report-model.js';

/** One line of the table of contents (and of the PDF outline). */
export interface PlanEntry {
  /** The named destination the line links to. */
  id: string;
  title: string;
  level: 1 | 2;
}

/** An objective section with the indicators it shows. */
export interface ObjectivePlan {
  objective: ReportObjective;
  title: string;
  indicators: IndicatorDefinition[];
}

/** What will be rendered, decided before drawing so the contents can reserve its pages. */
export interface ReportPlan {
  sections: ReportSection[];
  entries: PlanEntry[];
  outcomes: ObjectivePlan[];
  process: ObjectivePlan[];
}

/** Anchor ids. */
export const anchorOf = {
  section: (section: string) => `section-${section}`,
  objective: (id: string) => `objective-${id}`,
  indicator: (id: string) => `indicator-${id}`,
};

/** Decides the sections, their order and the contents entries from the model and the options. */
export function planReport(model: ReportModel, hasTheoryOfChange: boolean): ReportPlan {
  const wanted = model.options.sections ?? [...reportSections];
  const sections = wanted.filter(
    (section, index) =>
      wanted.indexOf(section) === index && (section !== 'theory-of-change' || hasTheoryOfChange),
  );
  const only = model.options.objectives === undefined ? undefined : new Set(model.options.objectives);
  const plan = (objective: ReportObjective): ObjectivePlan => ({
    objective,
    title: localize(objective.label, model.lang),
    indicators: model.indicators.filter((indicator) => indicator.objectiveId === objective.id),
  });
  const keep = (objective: ReportObjective) => only === undefined || only.has(objective.id);
  const outcomes = model.framework.outcomeObjectives.filter(keep).map(plan);
  const process = model.framework.processObjectives.filter(keep).map(plan);

  const entries: PlanEntry[] = [];
  for (const section of sections) {
    if (section === 'summary')
      entries.push({ id: anchorOf.section(section), title: model.t.sections.summary, level: 1 });
    if (section === 'theory-of-change')
      entries.push({ id: anchorOf.section(section), title: model.t.sections.theoryOfChange, level: 1 });
    if (section === 'outcomes') {
      for (const entry of outcomes) {
        entries.push({ id: anchorOf.objective(entry.objective.id), title: entry.title, level: 1 });
        for (const indicator of entry.indicators) {
          entries.push({
            id: anchorOf.indicator(indicator.id),
            title: model.indicatorLabel(indicator),
            level: 2,
          });
        }
      }
    }
    if (section === 'process') {
      entries.push({ id: anchorOf.section(section), title: model.t.sections.process, level: 1 });
      for (const entry of process) {
        if (entry.indicators.length === 0) continue;
        entries.push({ id: anchorOf.objective(entry.objective.id), title: entry.title, level: 2 });
      }
    }
    if (section === 'method')
      entries.push({ id: anchorOf.section(section), title: model.t.sections.method, level: 1 });
  }
  return { sections, entries, outcomes, process };
}
