"use client";

import { useFormStatus } from "react-dom";

type FieldBase = {
  name: string;
  /** The element id, when the same form appears more than once on a page; the name otherwise. */
  id?: string;
  label: string;
  error?: string;
  hint?: string;
  required?: boolean;
};

const inputClass = (error?: string) =>
  `mt-1 block w-full rounded-md border bg-white px-3 py-2 text-slate-900 shadow-sm ${error ? "border-red-600" : "border-slate-300"} focus:border-brand-600`;

function Described({ id: name, error, hint }: { id: string; error?: string; hint?: string }) {
  return (
    <>
      {hint && (
        <p id={`${name}-hint`} className="mt-1 text-sm text-slate-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${name}-error`} className="field-error mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </>
  );
}

function describedBy({ id: name, error, hint }: { id: string; error?: string; hint?: string }) {
  const ids = [hint && `${name}-hint`, error && `${name}-error`].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

export function TextField({
  type = "text",
  defaultValue,
  autoComplete,
  list,
  ...field
}: FieldBase & { type?: string; defaultValue?: string; autoComplete?: string; list?: string }) {
  return (
    <div>
      <label htmlFor={field.id ?? field.name} className="block text-sm font-medium text-slate-800">
        {field.label}
      </label>
      <input
        id={field.id ?? field.name}
        name={field.name}
        type={type}
        defaultValue={defaultValue}
        autoComplete={autoComplete}
        list={list}
        required={field.required}
        aria-invalid={field.error ? true : undefined}
        aria-describedby={describedBy({ ...field, id: field.id ?? field.name })}
        className={inputClass(field.error)}
      />
      <Described {...field} id={field.id ?? field.name} />
    </div>
  );
}

export function TextAreaField({ defaultValue, rows = 4, ...field }: FieldBase & { defaultValue?: string; rows?: number }) {
  return (
    <div>
      <label htmlFor={field.id ?? field.name} className="block text-sm font-medium text-slate-800">
        {field.label}
      </label>
      <textarea
        id={field.id ?? field.name}
        name={field.name}
        rows={rows}
        defaultValue={defaultValue}
        aria-invalid={field.error ? true : undefined}
        aria-describedby={describedBy({ ...field, id: field.id ?? field.name })}
        className={inputClass(field.error)}
      />
      <Described {...field} id={field.id ?? field.name} />
    </div>
  );
}

export function SelectField({
  defaultValue,
  options,
  placeholder,
  ...field
}: FieldBase & { defaultValue?: string; options: { value: string; label: string }[]; placeholder?: string }) {
  return (
    <div>
      <label htmlFor={field.id ?? field.name} className="block text-sm font-medium text-slate-800">
        {field.label}
      </label>
      <select
        id={field.id ?? field.name}
        name={field.name}
        defaultValue={defaultValue ?? ""}
        required={field.required}
        aria-invalid={field.error ? true : undefined}
        aria-describedby={describedBy({ ...field, id: field.id ?? field.name })}
        className={inputClass(field.error)}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <Described {...field} id={field.id ?? field.name} />
    </div>
  );
}

export function SubmitButton({ children, pendingLabel }: { children: React.ReactNode; pendingLabel: string }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white shadow-sm hover:bg-brand-700 disabled:opacity-60"
    >
      {pending ? pendingLabel : children}
    </button>
  );
}

/** A submit button that cannot be pressed twice: disabled while its form is being sent. */
export function PendingButton({ children, pendingLabel, className }: { children: React.ReactNode; pendingLabel: string; className: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={`${className} disabled:opacity-60`}>
      {pending ? pendingLabel : children}
    </button>
  );
}

export function FormMessage({ message, tone = "error" }: { message?: string; tone?: "error" | "success" }) {
  if (!message) return null;
  return (
    <p
      role={tone === "error" ? "alert" : "status"}
      className={`form-message rounded-md px-3 py-2 text-sm font-medium ${tone === "error" ? "bg-red-50 text-red-800" : "bg-green-50 text-green-800"}`}
    >
      {message}
    </p>
  );
}
