import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ContentPageView } from "@/components/content/content-page-view";
import { listSlugs, loadPage } from "@/lib/content";

export const dynamicParams = false;

type Props = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  return listSlugs().map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const { meta } = await loadPage(slug);
  return {
    title: meta.title,
    description: meta.description,
    alternates: { canonical: `/${slug}` },
  };
}

export default async function ContentRoute({ params }: Props) {
  const { slug } = await params;
  if (!listSlugs().includes(slug)) notFound();
  const page = await loadPage(slug);
  return <ContentPageView page={page} />;
}
