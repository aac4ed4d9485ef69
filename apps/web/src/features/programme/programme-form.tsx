import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/field';
import type { ProgrammeRequest } from './programme-query';

const typeCounts = [2, 3, 4, 5, 6] as const;

/**
 * What to pool: the projects (every one the caller administers or researches is ticked at first), the types of
 * neighbourhood, a context variable to compare by, and the method behind a disclosure.
 */
export function ProgrammeForm({
  eligible,
  initial,
  contextVariables,
  errorsFor,
  busy,
  onSubmit,
}: {
  eligible: readonly { id: string; name: string }[];
  initial: ProgrammeRequest | undefined;
  /** Context variables of the pooled projects (known once pooled). */
  contextVariables: readonly string[];
  errorsFor: (path: string) => string[];
  busy: boolean;
  onSubmit: (request: ProgrammeRequest) => void;
}) {
  const { t } = useTranslation('programme');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(
    () => new Set(initial?.projects ?? eligible.map((project) => project.id)),
  );
  const [typology, setTypology] = useState(initial?.typology ?? 0);
  const [by, setBy] = useState(initial?.by ?? '');
  const [method, setMethod] = useState<ProgrammeRequest['method']>(initial?.method ?? 'REML');
  const [ci, setCi] = useState<ProgrammeRequest['ci']>(initial?.ci ?? 'hartung-knapp');
  const [tooFew, setTooFew] = useState(false);

  function toggle(id: string, on: boolean) {
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const projects = eligible.map((project) => project.id).filter((id) => chosen.has(id));
    setTooFew(projects.length < 2);
    if (projects.length < 2) return;
    onSubmit({
      projects,
      ...(typology >= 2 ? { typology } : {}),
      ...(by === '' ? {} : { by }),
      method,
      ci,
    });
  }

  const projectErrors = [...(tooFew ? [t('choose.tooFewChosen')] : []), ...errorsFor('query.projects')];
  return (
    <form className="form plain programme-form" onSubmit={submit} noValidate>
      <fieldset
        className="project-choice"
        aria-describedby="programme-projects-hint programme-projects-error"
      >
        <legend>{t('choose.projects')}</legend>
        <p className="field-hint" id="programme-projects-hint">
          {t('choose.projectsHint')}
        </p>
        <div className="inline-form">
          <button
            type="button"
            className="link-button"
            onClick={() => setChosen(new Set(eligible.map((project) => project.id)))}
          >
            {t('choose.all')}
          </button>
          <button type="button" className="link-button" onClick={() => setChosen(new Set())}>
            {t('choose.none')}
          </button>
        </div>
        <div className="choice-grid">
          {eligible.map((project) => (
            <label key={project.id} className="check">
              <input
                type="checkbox"
                checked={chosen.has(project.id)}
                onChange={(event) => toggle(project.id, event.target.checked)}
              />
              {project.name}
            </label>
          ))}
        </div>
        {projectErrors.length > 0 ? (
          <ul className="field-errors" id="programme-projects-error">
            {projectErrors.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        ) : null}
      </fieldset>
      <div className="field-row">
        <Field label={t('choose.types')} hint={t('choose.typesHint')} errors={errorsFor('query.typology')}>
          {(props) => (
            <select {...props} value={typology} onChange={(event) => setTypology(Number(event.target.value))}>
              <option value={0}>{t('choose.noTypes')}</option>
              {typeCounts.map((count) => (
                <option key={count} value={count}>
                  {t('choose.typesCount', { count })}
                </option>
              ))}
            </select>
          )}
        </Field>
        {contextVariables.length === 0 ? null : (
          <Field label={t('choose.by')} errors={errorsFor('query.by')}>
            {(props) => (
              <select {...props} value={by} onChange={(event) => setBy(event.target.value)}>
                <option value="">{t('choose.byNone')}</option>
                {contextVariables.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
      </div>
      <details>
        <summary>{t('choose.advanced')}</summary>
        <div className="field-row">
          <Field label={t('choose.method')}>
            {(props) => (
              <select
                {...props}
                value={method}
                onChange={(event) => setMethod(event.target.value as ProgrammeRequest['method'])}
              >
                <option value="REML">{t('choose.methodREML')}</option>
                <option value="DL">{t('choose.methodDL')}</option>
                <option value="FE">{t('choose.methodFE')}</option>
              </select>
            )}
          </Field>
          <Field label={t('choose.ci')}>
            {(props) => (
              <select
                {...props}
                value={ci}
                onChange={(event) => setCi(event.target.value as ProgrammeRequest['ci'])}
              >
                <option value="hartung-knapp">{t('choose.ciHK')}</option>
                <option value="wald">{t('choose.ciWald')}</option>
              </select>
            )}
          </Field>
        </div>
      </details>
      <button type="submit" className="primary" disabled={busy} aria-busy={busy}>
        {busy ? t('choose.computing') : t('choose.action')}
      </button>
    </form>
  );
}
