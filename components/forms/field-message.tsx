import { fieldIds } from "@/components/forms/field-ids";

export function FieldHint({ name, hint }: { name: string; hint?: string }) {
  if (!hint) return null;
  return (
    <p id={fieldIds(name).hint} className="text-sm text-muted">
      {hint}
    </p>
  );
}

export function FieldError({ name, error }: { name: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={fieldIds(name).error} className="flex gap-1.5 text-sm font-semibold text-danger-700">
      <span aria-hidden="true">!</span>
      {error}
    </p>
  );
}
