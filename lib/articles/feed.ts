import escapeHtml from "escape-html";
import type { Article } from "@/lib/articles/load";
import { feedPath } from "@/lib/articles/paths";
import { localeTags, type Locale } from "@/lib/i18n/locales";
import { appPages } from "@/lib/i18n/paths";
import { personPath } from "@/lib/people";

type FeedInput = { siteUrl: string; title: string; subtitle: string; locale: Locale; articles: Article[] };

/** Midnight UTC of a calendar date, the form Atom's dates take. */
function atomDate(isoDate: string): string {
  return `${isoDate}T00:00:00Z`;
}

/**
 * One language's articles as an Atom 1.0 feed, every one with its summary, author and dates.
 * An entry's `updated` is its last clinical review: that is when its text last changed (see
 * the schema).
 */
export function atomFeed({ siteUrl, title, subtitle, locale, articles }: FeedInput): string {
  const url = (path: string) => escapeHtml(new URL(path, siteUrl).href);
  const updated =
    articles
      .map((a) => a.meta.reviewed)
      .sort()
      .at(-1) ?? "1970-01-01";
  const entries = articles.map(
    (a) => `  <entry>
    <id>${url(a.paths[locale])}</id>
    <title>${escapeHtml(a.meta.title)}</title>
    <link rel="alternate" type="text/html" href="${url(a.paths[locale])}"/>
    <published>${atomDate(a.meta.published)}</published>
    <updated>${atomDate(a.meta.reviewed)}</updated>
    <author><name>${escapeHtml(a.author.name)}</name><uri>${url(personPath(a.author, locale))}</uri></author>
    <summary>${escapeHtml(a.meta.description)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${localeTags[locale].html}">
  <id>${url(appPages.articles[locale])}</id>
  <title>${escapeHtml(title)}</title>
  <subtitle>${escapeHtml(subtitle)}</subtitle>
  <link rel="self" type="application/atom+xml" href="${url(feedPath(locale))}"/>
  <link rel="alternate" type="text/html" href="${url(appPages.articles[locale])}"/>
  <updated>${atomDate(updated)}</updated>
${entries.join("\n")}
</feed>
`;
}
