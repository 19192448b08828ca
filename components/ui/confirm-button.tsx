"use client";

import { useEffect, useId, useRef, useState } from "react";
import { useFormStatus } from "react-dom";

/**
 * A submit button that asks first. The form is sent only after the confirmation; without
 * JavaScript the button submits as it is.
 */
export function ConfirmButton({
  children,
  title,
  message,
  confirmLabel,
  cancelLabel,
  className,
  ariaLabel,
  pendingLabel,
}: {
  children: React.ReactNode;
  title: string;
  message: string;
  confirmLabel: string;
  cancelLabel: string;
  className?: string;
  ariaLabel?: string;
  pendingLabel?: string;
}) {
  const { pending } = useFormStatus();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const id = useId();
  return (
    <>
      <button
        ref={button}
        type="submit"
        aria-label={ariaLabel}
        aria-haspopup="dialog"
        disabled={pending}
        className={`${className ?? ""} disabled:opacity-60`}
        onClick={(event) => {
          event.preventDefault();
          setOpen(true);
        }}
      >
        {pending && pendingLabel ? pendingLabel : children}
      </button>
      {open && (
        <ConfirmDialog
          id={id}
          title={title}
          message={message}
          confirmLabel={confirmLabel}
          cancelLabel={cancelLabel}
          onCancel={() => setOpen(false)}
          onConfirm={() => {
            setOpen(false);
            button.current?.form?.requestSubmit();
          }}
        />
      )}
    </>
  );
}

function ConfirmDialog({
  id,
  title,
  message,
  confirmLabel,
  cancelLabel,
  onCancel,
  onConfirm,
}: {
  id: string;
  title: string;
  message: string;
  confirmLabel: string;
  cancelLabel: string;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    return () => element?.close();
  }, []);
  return (
    <dialog
      ref={dialog}
      onCancel={onCancel}
      role="alertdialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-message`}
      className="m-auto max-w-md rounded-lg border border-slate-300 bg-white p-6 text-left shadow-xl backdrop:bg-slate-900/40"
    >
      <h2 id={`${id}-title`} className="text-lg font-semibold text-slate-900">
        {title}
      </h2>
      <p id={`${id}-message`} className="mt-2 text-sm text-slate-700">
        {message}
      </p>
      <div className="mt-5 flex flex-wrap justify-end gap-3">
        <button
          type="button"
          autoFocus
          onClick={onCancel}
          className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-100"
        >
          {cancelLabel}
        </button>
        <button type="button" onClick={onConfirm} className="rounded-md bg-red-700 px-4 py-2 text-sm font-medium text-white hover:bg-red-800">
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
