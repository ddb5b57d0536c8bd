import type { Metadata } from "next";
import { ArticleView, articlePageMetadata, articleParams } from "@/components/articles/article-view";

export const dynamicParams = false;

type Props = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  return articleParams("es");
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return articlePageMetadata((await params).slug, "es");
}

export default async function SpanishArticleRoute({ params }: Props) {
  return <ArticleView slug={(await params).slug} locale="es" />;
}
