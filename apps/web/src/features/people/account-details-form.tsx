import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, client } from '../../api/client';
import type { Account } from '../../api/types';
import { Field, useFieldErrors } from '../../ui/field';
import { ProblemMessage } from '../../ui/problem-message';
import { type AccountLanguage, AccountLanguageField } from './account-language-field';

/** Change a person's name or the language of their e-mails, in place in the accounts list. */
export function AccountDetailsForm({ account, onDone }: { account: Account; onDone: () => void }) {
  const { t } = useTranslation('people');
  const queryClient = useQueryClient();
  const [name, setName] = useState(account.name);
  const [language, setLanguage] = useState<AccountLanguage>(account.language);
  const [missing, setMissing] = useState(false);
  const nameInput = useRef<HTMLInputElement>(null);
  useEffect(() => nameInput.current?.focus(), []);
  const save = useMutation({
    mutationFn: () =>
      call(
        client.PATCH('/api/accounts/{accountId}', {
          params: { path: { accountId: account.id } },
          body: { name: name.trim(), language },
        }),
      ),
    async onSuccess() {
      await queryClient.invalidateQueries({ queryKey: ['accounts'] });
      onDone();
    },
  });
  const errorsFor = useFieldErrors(save.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    setMissing(name.trim() === '');
    if (name.trim() === '') return;
    save.mutate();
  }

  return (
    <form className="account-details" onSubmit={submit} noValidate>
      <Field
        label={t('invite.name')}
        errors={[...(missing ? [t('invite.nameRequired')] : []), ...errorsFor('body.name')]}
      >
        {(props) => (
          <input
            {...props}
            ref={nameInput}
            value={name}
            autoComplete="off"
            onChange={(event) => {
              setName(event.target.value);
              setMissing(false);
            }}
          />
        )}
      </Field>
      <AccountLanguageField value={language} onChange={setLanguage} errors={errorsFor('body.language')} />
      {save.error ? (
        <ProblemMessage
          error={save.error}
          fieldsShown={errorsFor('body.name').length > 0 || errorsFor('body.language').length > 0}
        />
      ) : null}
      <div className="row-actions">
        <button type="submit" className="primary" disabled={save.isPending} aria-busy={save.isPending}>
          {t('accounts.detailsSave')}
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          {t('accounts.removeCancel')}
        </button>
      </div>
    </form>
  );
}
