import type { ReactNode } from "react";
import { BeforeYouStart } from "@/components/forms/before-you-start";

type FormPageProps = { title: string; intro: ReactNode; children: ReactNode };

export function FormPage({ title, intro, children }: FormPageProps) {
  return (
    <div className="mx-auto max-w-3xl px-4 pb-8 pt-6 sm:pt-10">
      <h1 className="text-3xl font-bold leading-tight text-brand-900 sm:text-4xl">{title}</h1>
      <div className="mt-4 space-y-3 text-lg">{intro}</div>
      <div className="mt-6">
        <BeforeYouStart />
      </div>
      <p className="mt-6 text-sm text-muted">
        Every question is required unless it says optional. We use your answers only to contact you about care.
      </p>
      {children}
    </div>
  );
}
