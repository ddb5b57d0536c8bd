import type { ComponentPropsWithRef, ReactNode } from "react";
import { describedBy, fieldIds } from "@/components/forms/field-ids";
import { FieldError } from "@/components/forms/field-message";

type CheckboxFieldProps = Omit<ComponentPropsWithRef<"input">, "id" | "name" | "type"> & {
  name: string;
  children: ReactNode;
  error?: string;
};

export function CheckboxField({ name, children, error, className, ...input }: CheckboxFieldProps) {
  const ids = fieldIds(name);
  return (
    <div className={className}>
      <div className="flex items-start gap-3">
        <input
          id={ids.input}
          name={name}
          type="checkbox"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(name, false, Boolean(error))}
          className="mt-1 size-5 shrink-0 accent-brand-700"
          {...input}
        />
        <label htmlFor={ids.input}>{children}</label>
      </div>
      <FieldError name={name} error={error} />
    </div>
  );
}
