import type { Metadata } from "next";
import { ArticleIndexView, articleIndexMetadata } from "@/components/articles/article-index-view";

export const metadata: Metadata = articleIndexMetadata("es");

export default function SpanishArticlesRoute() {
  return <ArticleIndexView locale="es" />;
}
