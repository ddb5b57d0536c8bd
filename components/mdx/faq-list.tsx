type FaqItem = { question: string; answer: string };

/** Questions as <details>, so each answer opens with or without JavaScript. */
export function FaqList({ items }: { items?: FaqItem[] }) {
  if (!items?.length) return null;
  return (
    <div className="divide-y divide-line rounded-lg border border-line bg-white">
      {items.map((item) => (
        <details key={item.question} className="group p-4">
          <summary className="cursor-pointer list-none font-semibold text-brand-900 [&::-webkit-details-marker]:hidden">
            <span aria-hidden="true" className="mr-2 inline-block transition-transform group-open:rotate-90">
              ›
            </span>
            {item.question}
          </summary>
          <p className="mt-2 pl-5">{item.answer}</p>
        </details>
      ))}
    </div>
  );
}
