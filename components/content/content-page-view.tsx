import Link from "next/link";
import { HelpAside } from "@/components/content/help-aside";
import { CallToAction } from "@/components/mdx/call-to-action";
import type { ContentPage } from "@/lib/content-page";

export function ContentPageView({ page }: { page: ContentPage }) {
  const { meta, Content } = page;
  return (
    <div className="mx-auto max-w-6xl px-4 pb-8 pt-6 sm:pt-10 lg:grid lg:grid-cols-[minmax(0,1fr)_17rem] lg:gap-12">
      <article className="min-w-0">
        <nav aria-label="Breadcrumb" className="no-print text-sm text-muted">
          <ol className="flex flex-wrap gap-1">
            <li>
              <Link href="/" className="underline hover:text-brand-700">
                Home
              </Link>
              <span aria-hidden="true" className="px-1">
                ›
              </span>
            </li>
            <li aria-current="page">{meta.navLabel}</li>
          </ol>
        </nav>
        <header className="mt-4 max-w-[68ch]">
          <h1 className="text-3xl font-bold leading-tight text-brand-900 sm:text-4xl">{meta.heading ?? meta.title}</h1>
          <p className="mt-4 text-xl leading-relaxed text-muted">{meta.description}</p>
        </header>
        <div className="prose-body mt-8">
          <Content />
        </div>
        {meta.cta ? (
          <div className="mt-12 max-w-[68ch]">
            <CallToAction />
          </div>
        ) : null}
      </article>
      <div className="lg:pb-12 lg:pt-12">
        <HelpAside />
      </div>
    </div>
  );
}
