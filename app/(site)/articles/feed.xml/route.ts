import { articleIndexCopy } from "@/lib/articles/copy";
import { atomFeed } from "@/lib/articles/feed";
import { loadArticles } from "@/lib/articles/load";
import { center } from "@/lib/center/schema";
import { siteUrl } from "@/lib/seo/site-url";

export const dynamic = "force-static";

export function GET() {
  const body = atomFeed({
    siteUrl,
    title: `${articleIndexCopy.feedTitle} | ${center.name}`,
    subtitle: articleIndexCopy.description,
    articles: loadArticles(),
  });
  return new Response(body, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
