import type { Metadata } from "next";
import { ArticleIndexView, articleIndexMetadata } from "@/components/articles/article-index-view";

export const metadata: Metadata = articleIndexMetadata("en");

export default function EnglishArticlesRoute() {
  return <ArticleIndexView locale="en" />;
}
