import Link from "next/link";
import { HelpAside } from "@/components/content/help-aside";
import { LanguageSwitch } from "@/components/layout/language-switch";
import { CallToAction } from "@/components/mdx/call-to-action";
import type { ContentPage } from "@/lib/content-page";
import { appPages } from "@/lib/i18n/paths";
import { translator } from "@/lib/i18n/translate";
import type { PagePair } from "@/lib/seo/metadata";

export function ContentPageView({ page, paths }: { page: ContentPage; paths: PagePair }) {
  const { meta, Content, locale } = page;
  const t = translator(locale, "content");
  return (
    <>
      <LanguageSwitch locale={locale} paths={paths} />
      <div className="mx-auto max-w-6xl px-4 pb-8 pt-3 sm:pt-6 lg:grid lg:grid-cols-[minmax(0,1fr)_17rem] lg:gap-12">
        <article className="min-w-0">
          <nav aria-label={t("breadcrumb")} className="no-print text-sm text-muted">
            <ol className="flex flex-wrap gap-1">
              <li>
                <Link href={appPages.home[locale]} className="underline hover:text-brand-700">
                  {t("home")}
                </Link>
                <span aria-hidden="true" className="px-1">
                  ›
                </span>
              </li>
              <li aria-current="page">{meta.navLabel}</li>
            </ol>
          </nav>
          <header className="mt-4 max-w-[68ch]">
            <h1 className="text-3xl font-bold leading-tight text-brand-900 sm:text-4xl">
              {meta.heading ?? meta.title}
            </h1>
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
    </>
  );
}
