import type { ReactNode } from "react";
import { useFormWords } from "@/components/forms/form-words";

export function SubmitButton({ pending, children }: { pending: boolean; children: ReactNode }) {
  const { words } = useFormWords();
  return (
    <div>
      <button type="submit" className="btn-primary w-full text-lg sm:w-auto" aria-disabled={pending}>
        {pending ? words.sending : children}
      </button>
      <p role="status" className="sr-only">
        {pending ? words.sendingStatus : ""}
      </p>
    </div>
  );
}
