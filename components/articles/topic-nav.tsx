import Link from "next/link";
import type { TopicSummary } from "@/lib/articles/topics-in-use";

/** Links to each topic's page; the one being shown is marked. */
export function TopicNav({ topics, current }: { topics: TopicSummary[]; current?: string }) {
  return (
    <nav aria-label="Article topics" className="mt-8">
      <h2 className="text-lg font-bold text-brand-900">Browse by topic</h2>
      <ul className="mt-3 flex flex-wrap gap-2">
        {topics.map((topic) => (
          <li key={topic.slug}>
            <Link
              href={`/articles/topics/${topic.slug}`}
              aria-current={topic.slug === current ? "page" : undefined}
              className="inline-flex min-h-11 items-center rounded-full bg-white px-4 py-2 font-medium text-brand-800 ring-1 ring-line hover:bg-brand-50 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
            >
              {topic.label} ({topic.count})
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
