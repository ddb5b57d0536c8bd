import type { ComponentPropsWithRef } from "react";
import { describedBy, fieldIds } from "@/components/forms/field-ids";
import { FieldError, FieldHint } from "@/components/forms/field-message";
import { inputClass } from "@/components/forms/text-field";
import { useFormWords } from "@/components/forms/form-words";

export type Option = { value: string; label: string };

type SelectFieldProps = Omit<ComponentPropsWithRef<"select">, "id" | "name"> & {
  name: string;
  label: string;
  options: readonly Option[];
  hint?: string;
  error?: string;
};

export function SelectField({ name, label, options, hint, error, className, ...select }: SelectFieldProps) {
  const ids = fieldIds(name);
  return (
    <div className={className}>
      <label htmlFor={ids.input} className="block font-semibold">
        {label}
      </label>
      <FieldHint name={name} hint={hint} />
      <select
        id={ids.input}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, Boolean(hint), Boolean(error))}
        className={inputClass}
        {...select}
      >
        <option value="">{useFormWords().words.chooseOne}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldError name={name} error={error} />
    </div>
  );
}
