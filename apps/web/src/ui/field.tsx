import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../api/problem';

/** What a field's input needs for its label, hint and errors to be announced. */
export interface FieldInputProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}

/**
 * A labelled form field with an optional hint and its errors next to it (the server's problem+json `errors`
 * for this field, see {@link useFieldErrors}).
 */
export function Field({
  label,
  hint,
  errors = [],
  children,
}: {
  label: string;
  hint?: string;
  errors?: readonly string[];
  children: (props: FieldInputProps) => ReactNode;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint === undefined ? undefined : hintId, errors.length > 0 ? errorId : undefined]
    .filter((part) => part !== undefined)
    .join(' ');
  return (
    <div className={errors.length > 0 ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint === undefined ? null : (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      {children({
        id,
        ...(describedBy === '' ? {} : { 'aria-describedby': describedBy }),
        ...(errors.length > 0 ? { 'aria-invalid': true } : {}),
      })}
      {errors.length > 0 ? (
        <ul className="field-errors" id={errorId}>
          {errors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** Known server messages, translated; anything else is shown as the server wrote it. */
const knownMessages: [RegExp, string][] = [
  [/^must be in the future$/, 'fieldError.future'],
  [/^must be after opensAt$/, 'fieldError.afterOpens'],
  [/^Too small|at least 1 character|>=1 characters/i, 'fieldError.required'],
  [/^Invalid string: must match pattern/i, 'fieldError.pattern'],
  [/taken|already exists|already used/i, 'fieldError.taken'],
];

/**
 * The translated messages of a failed request for one field: `errorsFor('body.name')`. Messages the app knows
 * are in the interface language; the server's own wording is kept for the rest.
 */
export function useFieldErrors(error: unknown): (path: string) => string[] {
  const { t } = useTranslation();
  return (path: string) => {
    if (!(error instanceof ApiProblem)) return [];
    return error.fieldErrors(path).map((message) => {
      const known = knownMessages.find(([pattern]) => pattern.test(message));
      return known === undefined ? message : t(known[1]);
    });
  };
}
