import type { Metadata } from "next";
import { ContentPageView } from "@/components/content/content-page-view";
import { JsonLd } from "@/components/seo/json-ld";
import { listSlugs, loadPageMeta } from "@/lib/content";
import { loadPage } from "@/lib/content-page";
import { contentPageJsonLd } from "@/lib/seo/content-json-ld";
import { pageMetadata } from "@/lib/seo/metadata";

export const dynamicParams = false;

type Props = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  return listSlugs().map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const { meta } = loadPageMeta(slug);
  return pageMetadata({ title: meta.title, description: meta.description, path: `/${slug}` });
}

export default async function ContentRoute({ params }: Props) {
  const { slug } = await params;
  const page = await loadPage(slug);
  return (
    <>
      <JsonLd data={contentPageJsonLd(page)} />
      <ContentPageView page={page} />
    </>
  );
}
