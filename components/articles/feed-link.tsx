import { feedPath } from "@/lib/articles/feed";

export function FeedLink() {
  return (
    <p className="mt-4 text-base">
      <a href={feedPath} className="font-medium text-brand-700 underline hover:text-brand-900">
        Follow new articles in a feed reader (Atom feed)
      </a>
    </p>
  );
}
