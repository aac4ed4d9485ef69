import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { call, client } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { type Language, languages } from '../../lib/i18n';
import { Field, useFieldErrors } from '../../ui/field';
import { Page } from '../../ui/page';
import { ProblemMessage } from '../../ui/problem-message';
import { slugify } from './slugify';

/** New project: name, languages, area. The server gives it the framework, indicators and a theory of change. */
export function NewProjectPage() {
  const { t } = useTranslation('projects');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [slug, setSlug] = useState('');
  const [slugEdited, setSlugEdited] = useState(false);
  const [area, setArea] = useState('');
  const [chosen, setChosen] = useState<Language[]>(['nl', 'fr', 'en']);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});

  const create = useMutation({
    mutationFn: () =>
      call(
        client.POST('/api/projects', {
          body: {
            name: name.trim(),
            slug: slugEdited ? slug : slugify(name),
            languages: languages.filter((lng) => chosen.includes(lng)),
            ...(area.trim() === '' ? {} : { context: { neighbourhood: area.trim() } }),
          },
        }),
      ),
    async onSuccess(project) {
      await queryClient.invalidateQueries({ queryKey: ['projects'] });
      await navigate(`/projects/${project.id}`);
    },
  });
  const errorsFor = useFieldErrors(create.error);
  const slugTaken = create.error instanceof ApiProblem && create.error.type === 'conflict';

  function submit(event: FormEvent) {
    event.preventDefault();
    const errors: Record<string, string> = {};
    if (name.trim() === '') errors.name = t('new.nameRequired');
    if (chosen.length === 0) errors.languages = t('new.languagesRequired');
    setClientErrors(errors);
    if (Object.keys(errors).length === 0) create.mutate();
  }

  const slugErrors = [...errorsFor('body.slug'), ...(slugTaken ? [t('new.slugTaken')] : [])];
  return (
    <Page title={t('new.title')}>
      <form className="form" onSubmit={submit} noValidate>
        <p>{t('new.intro')}</p>
        <Field
          label={t('new.name')}
          errors={[...(clientErrors.name ? [clientErrors.name] : []), ...errorsFor('body.name')]}
        >
          {(props) => (
            <input
              {...props}
              value={name}
              onChange={(event) => {
                setName(event.target.value);
                if (!slugEdited) setSlug(slugify(event.target.value));
              }}
            />
          )}
        </Field>
        <Field label={t('new.slug')} hint={t('new.slugHint')} errors={slugErrors}>
          {(props) => (
            <input
              {...props}
              value={slug}
              onChange={(event) => {
                setSlugEdited(true);
                setSlug(event.target.value);
              }}
            />
          )}
        </Field>
        <Field label={t('new.area')} hint={t('new.areaHint')} errors={errorsFor('body.context')}>
          {(props) => <input {...props} value={area} onChange={(event) => setArea(event.target.value)} />}
        </Field>
        <fieldset
          className={
            clientErrors.languages || errorsFor('body.languages').length > 0 ? 'field field-invalid' : 'field'
          }
          aria-describedby="languages-error"
        >
          <legend>{t('new.languages')}</legend>
          {languages.map((lng) => (
            <label key={lng} className="check">
              <input
                type="checkbox"
                checked={chosen.includes(lng)}
                onChange={(event) =>
                  setChosen((current) =>
                    event.target.checked ? [...current, lng] : current.filter((item) => item !== lng),
                  )
                }
              />
              {t(`language.${lng}`, { ns: 'ui' })}
            </label>
          ))}
          <ul className="field-errors" id="languages-error">
            {[
              ...(clientErrors.languages ? [clientErrors.languages] : []),
              ...errorsFor('body.languages'),
            ].map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </fieldset>
        <p className="muted">{t('new.startsWith')}</p>
        {create.error && !slugTaken ? <ProblemMessage error={create.error} fieldsShown /> : null}
        <button type="submit" className="primary" disabled={create.isPending}>
          {t('new.submit')}
        </button>
      </form>
    </Page>
  );
}
