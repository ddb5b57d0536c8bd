import type { ReactNode } from "react";

export function SubmitButton({ pending, children }: { pending: boolean; children: ReactNode }) {
  return (
    <div>
      <button type="submit" className="btn-primary w-full text-lg sm:w-auto" aria-disabled={pending}>
        {pending ? "Sending…" : children}
      </button>
      <p role="status" className="sr-only">
        {pending ? "Sending your request" : ""}
      </p>
    </div>
  );
}
