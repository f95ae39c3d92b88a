import { useEffect, useRef } from 'preact/hooks';
import { t } from '@/lib/i18n';

interface Props {
  id: string;
  title: string;
  body: string;
  confirmLabel: string;
  onConfirm: () => void;
  onClose: () => void;
}

/**
 * A modal question before anything is deleted. The native <dialog> keeps focus inside,
 * closes on Escape and returns focus to the button that opened it; Cancel has focus first so
 * a stray Enter deletes nothing.
 */
export function ConfirmDialog({ id, title, body, confirmLabel, onConfirm, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.open && dialog.close();
  }, []);
  // close() hands focus back to the opener. The parent is also told directly: in the a11y
  // test a Cancel that relied on the close event alone once left the closed dialog mounted.
  const close = () => {
    ref.current?.close();
    onClose();
  };
  return (
    <dialog
      ref={ref}
      id={id}
      class="confirm"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onClose={onClose}
    >
      <h3 id={`${id}-title`}>{title}</h3>
      <p id={`${id}-body`}>{body}</p>
      <div class="actions">
        <button type="button" autoFocus onClick={close}>
          {t('optCancel')}
        </button>
        <button
          type="button"
          class="danger"
          onClick={() => {
            onConfirm();
            close();
          }}
        >
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
