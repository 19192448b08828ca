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
  shouldConfirm,
}: {
  children: React.ReactNode;
  title: string;
  message: string;
  confirmLabel: string;
  cancelLabel: string;
  className?: string;
  ariaLabel?: string;
  pendingLabel?: string;
  /** When it says no (e.g. a required reason is missing), the form is sent at once, for its field errors. */
  shouldConfirm?: (form: HTMLFormElement) => boolean;
}) {
  const { pending } = useFormStatus();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
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
          const form = event.currentTarget.form;
          if (form && shouldConfirm && !shouldConfirm(form)) return;
          event.preventDefault();
          setOpen(true);
        }}
      >
        {pending && pendingLabel ? pendingLabel : children}
      </button>
      {open && (
        <ConfirmDialog
          title={title}
          message={message}
          confirmLabel={confirmLabel}
          cancelLabel={cancelLabel}
          onCancel={() => {
            setOpen(false);
            button.current?.focus();
          }}
          onConfirm={() => {
            setOpen(false);
            if (button.current) button.current.form?.requestSubmit(button.current);
          }}
        />
      )}
    </>
  );
}

/** A modal question with two answers; Escape and the second answer both cancel. */
export function ConfirmDialog({
  title,
  message,
  confirmLabel,
  cancelLabel,
  onCancel,
  onConfirm,
}: {
  title: string;
  message: string;
  confirmLabel: string;
  cancelLabel: string;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    return () => element?.close();
  }, []);
  // Closed before it leaves the page, so that the browser gives focus back where it was.
  const answer = (choice: () => void) => () => {
    dialog.current?.close();
    choice();
  };
  return (
    <dialog
      ref={dialog}
      onCancel={(event) => {
        event.preventDefault();
        answer(onCancel)();
      }}
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
          onClick={answer(onCancel)}
          className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-100"
        >
          {cancelLabel}
        </button>
        <button type="button" onClick={answer(onConfirm)} className="rounded-md bg-red-700 px-4 py-2 text-sm font-medium text-white hover:bg-red-800">
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
