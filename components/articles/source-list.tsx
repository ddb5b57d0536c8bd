import type { ArticleMeta } from "@/lib/articles/schema";

export function SourceList({ sources }: { sources: ArticleMeta["sources"] }) {
  return (
    <section aria-labelledby="sources-title" className="mt-12 max-w-[68ch]">
      <h2 id="sources-title" className="text-2xl font-bold text-brand-900">
        Sources
      </h2>
      <ol className="mt-4 list-decimal space-y-2 pl-6">
        {sources.map((source) => (
          <li key={source.url}>
            <a
              href={source.url}
              rel="noopener noreferrer"
              className="font-medium text-brand-700 underline hover:text-brand-900"
            >
              {source.title}
            </a>
            , {source.publisher}
          </li>
        ))}
      </ol>
    </section>
  );
}
