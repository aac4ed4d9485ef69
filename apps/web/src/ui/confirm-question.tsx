import { type ReactNode, useEffect, useRef } from 'react';

/**
 * A question before an action that cannot be undone in one click (close a wave, remove a person): the question,
 * the action and "Cancel". The action's button takes the focus, so a keyboard user answers it next.
 */
export function ConfirmQuestion({
  question,
  confirmLabel,
  cancelLabel,
  busy,
  onConfirm,
  onCancel,
  children,
}: {
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  /** Shown under the buttons, e.g. the problem of a failed attempt. */
  children?: ReactNode;
}) {
  const confirmButton = useRef<HTMLButtonElement>(null);
  useEffect(() => confirmButton.current?.focus(), []);
  return (
    <div className="confirm">
      <p>{question}</p>
      <button type="button" className="danger" onClick={onConfirm} disabled={busy} ref={confirmButton}>
        {confirmLabel}
      </button>
      <button type="button" className="secondary" onClick={onCancel}>
        {cancelLabel}
      </button>
      {children}
    </div>
  );
}
