import type { ReactNode } from "react";

const tones = {
  note: { box: "border-brand-600 bg-brand-50", label: "Note" },
  caution: { box: "border-warm-700 bg-warm-50", label: "Please note" },
  crisis: { box: "border-danger-700 bg-danger-50", label: "If you are in danger" },
} as const;

type CalloutProps = { tone?: keyof typeof tones; title?: string; children: ReactNode };

export function Callout({ tone = "note", title, children }: CalloutProps) {
  const style = tones[tone];
  return (
    <aside aria-label={title ?? style.label} className={`rounded-lg border-l-4 p-4 sm:p-5 ${style.box}`}>
      {title ? <p className="font-bold">{title}</p> : null}
      <div className="mt-1 space-y-3 [&>p]:m-0">{children}</div>
    </aside>
  );
}
