import { Heading, type HeadingLevel } from "@/components/self-check/heading";

type AnswerGroupProps = {
  name: string;
  prompt: string;
  /** "Question 3 of 11": part of the heading, so it is read when focus lands there. */
  progress: string;
  headingLevel: HeadingLevel;
  hint?: string;
  options: readonly { value: string; label: string }[];
  /** Controlled (one question at a time, with JavaScript) or not (every question at once, without). */
  value?: string;
  onChange?: (value: string) => void;
  defaultValue?: string;
  error?: string;
  /** For moving focus here when the question appears. */
  headingId?: string;
  /** Focus on load, for a page the server rendered after a post without JavaScript. */
  autoFocus?: boolean;
};

/** One question: a fieldset whose legend is the question, with one large radio per answer. */
export function AnswerGroup({
  name,
  prompt,
  progress,
  headingLevel,
  hint,
  options,
  value,
  onChange,
  defaultValue,
  error,
  headingId,
  autoFocus,
}: AnswerGroupProps) {
  const hintId = `sc-${name}-hint`;
  const errorId = `sc-${name}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset aria-describedby={describedBy} className="min-w-0">
      <legend className="w-full">
        <Heading
          id={headingId}
          level={headingLevel}
          tabIndex={-1}
          autoFocus={autoFocus}
          className="m-0 text-xl font-bold leading-snug text-brand-900 sm:text-2xl"
        >
          <span className="mb-1 block text-base font-semibold text-muted">{progress}</span>
          {prompt}
        </Heading>
      </legend>
      {hint ? (
        <p id={hintId} className="mt-2 text-muted">
          {hint}
        </p>
      ) : null}
      <div className="mt-4 grid gap-2">
        {options.map((option) => (
          <label
            key={option.value}
            className="flex min-h-11 cursor-pointer items-center gap-3 rounded-lg border-2 border-line bg-white px-4 py-2.5 hover:border-brand-600 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50"
          >
            {/* A fieldset (role group) cannot carry aria-invalid; on each radio it is announced where focus lands. */}
            {/* eslint-disable-next-line jsx-a11y/role-supports-aria-props */}
            <input
              type="radio"
              name={name}
              value={option.value}
              aria-invalid={error ? true : undefined}
              className="size-5 shrink-0 accent-brand-700"
              {...(onChange
                ? { checked: value === option.value, onChange: () => onChange(option.value) }
                : { defaultChecked: defaultValue === option.value })}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {error ? (
        <p id={errorId} role="alert" className="mt-2 flex gap-1.5 font-semibold text-danger-700">
          <span aria-hidden="true">!</span>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
