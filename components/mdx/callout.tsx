import type { ReactNode } from "react";
import { getRequestLocale } from "@/lib/i18n/request-locale";
import { translator } from "@/lib/i18n/translate";

const tones = {
  note: { box: "border-brand-600 bg-brand-50", label: "calloutNote" },
  caution: { box: "border-warm-700 bg-warm-50", label: "calloutCaution" },
  crisis: { box: "border-danger-700 bg-danger-50", label: "calloutCrisis" },
} as const;

type CalloutProps = { tone?: keyof typeof tones; title?: string; children: ReactNode };

/** A boxed aside in MDX; without a title, screen readers hear the tone's name in the page's language. */
export function Callout({ tone = "note", title, children }: CalloutProps) {
  const style = tones[tone];
  const t = translator(getRequestLocale(), "content");
  return (
    <aside aria-label={title ?? t(style.label)} className={`rounded-lg border-l-4 p-4 sm:p-5 ${style.box}`}>
      {title ? <p className="font-bold">{title}</p> : null}
      <div className="mt-1 space-y-3 [&>p]:m-0">{children}</div>
    </aside>
  );
}
