import { describedBy, fieldIds } from "@/components/forms/field-ids";
import { FieldError, FieldHint } from "@/components/forms/field-message";
import type { Option } from "@/components/forms/select-field";
import type { FieldInput } from "@/components/forms/use-lead-form";

type ChoiceGroupProps = {
  name: string;
  legend: string;
  options: readonly Option[];
  hint?: string;
  error?: string;
  defaultValue?: string;
  /** The form's register(name) result, when JavaScript is running. */
  input?: FieldInput;
  className?: string;
};

/** A radio group in a fieldset, its legend the question; errors are tied to every radio. */
export function ChoiceGroup({ name, legend, options, hint, error, defaultValue, input, className }: ChoiceGroupProps) {
  const ids = fieldIds(name);
  return (
    <fieldset
      id={ids.input}
      tabIndex={-1}
      aria-describedby={describedBy(name, Boolean(hint), Boolean(error))}
      className={className}
    >
      <legend className="font-semibold">{legend}</legend>
      <FieldHint name={name} hint={hint} />
      <div className="mt-2 flex flex-wrap gap-2">
        {options.map((option) => (
          <label
            key={option.value}
            className="flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border-2 border-line bg-white px-4 py-2 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50"
          >
            {/* A fieldset (role group) cannot carry aria-invalid; on each radio it is announced where focus lands. */}
            {/* eslint-disable-next-line jsx-a11y/role-supports-aria-props */}
            <input
              type="radio"
              name={name}
              value={option.value}
              defaultChecked={defaultValue === option.value}
              aria-invalid={error ? true : undefined}
              className="size-5 accent-brand-700"
              {...input}
            />
            {option.label}
          </label>
        ))}
      </div>
      <FieldError name={name} error={error} />
    </fieldset>
  );
}
