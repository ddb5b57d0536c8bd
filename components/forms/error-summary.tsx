import { fieldIds } from "@/components/forms/field-ids";

type ErrorSummaryProps = {
  message: string;
  errors: { name: string; message: string }[];
  /** False when the browser already moved focus to the first bad field. */
  focus?: boolean;
};

/**
 * Announced as soon as it appears, and focused on a full-page (no-JavaScript) response so a
 * screen reader starts here; each entry links to its field.
 */
export function ErrorSummary({ message, errors, focus = true }: ErrorSummaryProps) {
  return (
    <div
      role="alert"
      tabIndex={-1}
      autoFocus={focus}
      className="rounded-lg border-2 border-danger-700 bg-danger-50 p-4"
      id="form-errors"
    >
      <p className="font-bold text-danger-700">{message}</p>
      {errors.length > 0 ? (
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {errors.map((error) => (
            <li key={error.name}>
              <a href={`#${fieldIds(error.name).input}`} className="text-danger-700 underline">
                {error.message}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
