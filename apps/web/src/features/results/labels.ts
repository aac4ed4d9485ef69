/** A background question as the results need it: its title and the label of each answer value. */
export interface QuestionLabels {
  name: string;
  title: unknown;
  choices: Map<string, unknown>;
}

type Element = {
  name?: unknown;
  title?: unknown;
  choices?: unknown;
  elements?: unknown;
  neighbourly?: { background?: unknown; caimer?: unknown };
};

/**
 * The questions results can be broken down by (marked `neighbourly.background`, or CAIMeR context questions
 * with fixed choices), with their answer labels, from the project's survey definitions.
 */
export function breakdownQuestions(definitions: readonly unknown[]): QuestionLabels[] {
  const found = new Map<string, QuestionLabels>();
  const visit = (elements: unknown) => {
    if (!Array.isArray(elements)) return;
    for (const element of elements as Element[]) {
      visit(element.elements);
      const metadata = element.neighbourly;
      const choices = Array.isArray(element.choices) ? element.choices : undefined;
      const isBackground =
        metadata?.background === true || (metadata?.caimer === 'context' && choices !== undefined);
      if (typeof element.name !== 'string' || !isBackground || found.has(element.name)) continue;
      const labels = new Map<string, unknown>();
      for (const choice of choices ?? []) {
        if (typeof choice === 'object' && choice !== null && 'value' in choice) {
          labels.set(
            String((choice as { value: unknown }).value),
            (choice as { text?: unknown }).text ?? choice.value,
          );
        } else labels.set(String(choice), String(choice));
      }
      found.set(element.name, { name: element.name, title: element.title ?? element.name, choices: labels });
    }
  };
  for (const definition of definitions) {
    const record = (definition ?? {}) as { pages?: { elements?: unknown }[]; elements?: unknown };
    for (const page of record.pages ?? []) visit(page.elements);
    visit(record.elements);
  }
  return [...found.values()];
}
