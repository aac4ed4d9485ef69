import type { TocNodeKind } from '@neighbourly/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../lib/i18n';
import { Field } from '../../ui/field';
import { emptyTexts, type Texts, TranslationFields } from '../../ui/translation-fields';
import { type DraftEdge, type DraftNode, nodeKinds } from './toc-draft';

/** A framework objective or an indicator to link a box to. */
export interface LinkOption {
  id: string;
  label: string;
}

const hasText = (texts: Texts) => Object.values(texts).some((text) => text.trim() !== '');

function Checklist({
  legend,
  options,
  chosen,
  onChange,
}: {
  legend: string;
  options: readonly LinkOption[];
  chosen: readonly string[];
  onChange: (ids: string[]) => void;
}) {
  if (options.length === 0) return null;
  return (
    <fieldset className="field toc-links">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.id} className="check">
          <input
            type="checkbox"
            checked={chosen.includes(option.id)}
            onChange={(event) =>
              onChange(
                event.target.checked ? [...chosen, option.id] : chosen.filter((id) => id !== option.id),
              )
            }
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

/** Edits one box: kind, label and description in every language, its objectives and indicators. */
export function NodeEditor({
  node,
  languages,
  objectives,
  indicators,
  onChange,
  onRemove,
}: {
  node: DraftNode;
  languages: readonly Language[];
  objectives: readonly LinkOption[];
  indicators: readonly LinkOption[];
  onChange: (node: DraftNode) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation('theory-of-change');
  return (
    <div className="toc-editor">
      <Field label={t('node.kind')}>
        {(props) => (
          <select
            {...props}
            value={node.kind}
            onChange={(event) => onChange({ ...node, kind: event.target.value as TocNodeKind })}
          >
            {nodeKinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kind.${kind}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset className="field">
        <legend>{t('node.label')}</legend>
        <TranslationFields
          texts={node.label}
          languages={languages}
          label={t('node.label')}
          missingLabel={t('missingTranslation')}
          onChange={(label) => onChange({ ...node, label })}
        />
      </fieldset>
      <Checklist
        legend={t('node.objectives')}
        options={objectives}
        chosen={node.objectiveIds}
        onChange={(objectiveIds) => onChange({ ...node, objectiveIds })}
      />
      <Checklist
        legend={t('node.indicators')}
        options={indicators}
        chosen={node.indicatorIds}
        onChange={(indicatorIds) => onChange({ ...node, indicatorIds })}
      />
      <div>
        <button type="button" className="danger" onClick={onRemove}>
          {t('node.remove')}
        </button>
      </div>
    </div>
  );
}

/** Adds a box: its kind and label. */
export function AddNodeForm({
  languages,
  onAdd,
}: {
  languages: readonly Language[];
  onAdd: (kind: TocNodeKind, label: Texts) => void;
}) {
  const { t } = useTranslation('theory-of-change');
  const [kind, setKind] = useState<TocNodeKind>('activity');
  const [label, setLabel] = useState<Texts>(emptyTexts);
  const [error, setError] = useState<string>();
  return (
    <fieldset className="field toc-add">
      <legend>{t('node.add')}</legend>
      <Field label={t('node.kind')}>
        {(props) => (
          <select {...props} value={kind} onChange={(event) => setKind(event.target.value as TocNodeKind)}>
            {nodeKinds.map((option) => (
              <option key={option} value={option}>
                {t(`kind.${option}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className={error ? 'field field-invalid' : 'field'}>
        <TranslationFields
          texts={label}
          languages={languages}
          label={t('node.newLabel')}
          missingLabel={t('missingTranslation')}
          onChange={setLabel}
        />
        {error ? <p className="field-errors">{error}</p> : null}
      </div>
      <div>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            if (!hasText(label)) {
              setError(t('node.labelRequired'));
              return;
            }
            setError(undefined);
            onAdd(kind, label);
            setLabel(emptyTexts());
          }}
        >
          {t('node.addAction')}
        </button>
      </div>
    </fieldset>
  );
}

/** Adds an arrow from one box to another, with the assumption under which it holds. */
export function AddEdgeForm({
  nodes,
  languages,
  nodeLabel,
  onAdd,
}: {
  nodes: readonly DraftNode[];
  languages: readonly Language[];
  nodeLabel: (node: DraftNode) => string;
  onAdd: (edge: DraftEdge) => void;
}) {
  const { t } = useTranslation('theory-of-change');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [assumption, setAssumption] = useState<Texts>(emptyTexts);
  const [errors, setErrors] = useState<{ from?: string; to?: string }>({});
  const select = (value: string, set: (value: string) => void, label: string, error?: string) => (
    <Field label={label} errors={error ? [error] : []}>
      {(props) => (
        <select {...props} value={value} onChange={(event) => set(event.target.value)}>
          <option value="">{t('edge.choose')}</option>
          {nodes.map((node) => (
            <option key={node.id} value={node.id}>
              {t(`kind.${node.kind}`)}: {nodeLabel(node)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  return (
    <fieldset className="field toc-add">
      <legend>{t('edge.add')}</legend>
      {select(from, setFrom, t('edge.from'), errors.from)}
      {select(to, setTo, t('edge.to'), errors.to)}
      <fieldset className="field">
        <legend>{t('edge.assumption')}</legend>
        <TranslationFields
          texts={assumption}
          languages={languages}
          label={t('edge.assumption')}
          optional
          missingLabel={t('missingTranslation')}
          onChange={setAssumption}
        />
      </fieldset>
      <div>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            const found: typeof errors = {};
            if (from === '') found.from = t('edge.fromRequired');
            if (to === '') found.to = t('edge.toRequired');
            setErrors(found);
            if (Object.keys(found).length > 0) return;
            onAdd({ from, to, assumption });
            setFrom('');
            setTo('');
            setAssumption(emptyTexts());
          }}
        >
          {t('edge.addAction')}
        </button>
      </div>
    </fieldset>
  );
}
