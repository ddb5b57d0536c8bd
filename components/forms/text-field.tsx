import type { ComponentPropsWithRef } from "react";
import { describedBy, fieldIds } from "@/components/forms/field-ids";
import { FieldError, FieldHint } from "@/components/forms/field-message";
import { useFormWords } from "@/components/forms/form-words";

type TextFieldProps = Omit<ComponentPropsWithRef<"input">, "id" | "name"> & {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  optional?: boolean;
};

export const inputClass =
  "mt-1 block w-full rounded-lg border-2 border-muted/60 bg-white px-3 py-2.5 text-ink aria-[invalid=true]:border-danger-700";

export function TextField({ name, label, hint, error, optional, className, ...input }: TextFieldProps) {
  const ids = fieldIds(name);
  const { words } = useFormWords();
  return (
    <div className={className}>
      <label htmlFor={ids.input} className="block font-semibold">
        {label}
        {optional ? <span className="font-normal text-muted"> {words.optional}</span> : null}
      </label>
      <FieldHint name={name} hint={hint} />
      <input
        id={ids.input}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, Boolean(hint), Boolean(error))}
        required={!optional}
        className={inputClass}
        {...input}
      />
      <FieldError name={name} error={error} />
    </div>
  );
}
