import type { ComponentPropsWithRef } from "react";
import { describedBy, fieldIds } from "@/components/forms/field-ids";
import { FieldError, FieldHint } from "@/components/forms/field-message";
import { inputClass } from "@/components/forms/text-field";
import { useFormWords } from "@/components/forms/form-words";

type TextAreaProps = Omit<ComponentPropsWithRef<"textarea">, "id" | "name"> & {
  name: string;
  label: string;
  hint?: string;
  error?: string;
};

export function TextArea({ name, label, hint, error, className, ...textarea }: TextAreaProps) {
  const ids = fieldIds(name);
  return (
    <div className={className}>
      <label htmlFor={ids.input} className="block font-semibold">
        {label} <span className="font-normal text-muted">{useFormWords().words.optional}</span>
      </label>
      <FieldHint name={name} hint={hint} />
      <textarea
        id={ids.input}
        name={name}
        rows={4}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, Boolean(hint), Boolean(error))}
        className={inputClass}
        {...textarea}
      />
      <FieldError name={name} error={error} />
    </div>
  );
}
