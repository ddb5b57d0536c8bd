import type { Metadata } from "next";
import Link from "next/link";
import { CrisisNotice } from "@/components/crisis/crisis-help";
import { LanguageSwitch } from "@/components/layout/language-switch";
import { SelfCheck } from "@/components/self-check/self-check";
import { pathIn } from "@/lib/i18n/links";
import type { Locale } from "@/lib/i18n/locales";
import { appPages } from "@/lib/i18n/paths";
import { setRequestLocale } from "@/lib/i18n/request-locale";
import { translator } from "@/lib/i18n/translate";
import { issueFormToken } from "@/lib/leads/guard";
import { pageMetadata } from "@/lib/seo/metadata";

/** The self-check's own page in one language; the routes in app/(site) and app/(site-es)/es are one line each. */
export function selfCheckMetadata(locale: Locale): Metadata {
  const t = translator(locale, "selfCheck");
  return pageMetadata({
    title: t("pageTitle"),
    description: t("pageDescription"),
    locale,
    paths: appPages.selfCheck,
  });
}

export async function SelfCheckView({ locale }: { locale: Locale }) {
  setRequestLocale(locale);
  const t = translator(locale, "selfCheck");
  return (
    <>
      <LanguageSwitch locale={locale} paths={appPages.selfCheck} />
      <div className="mx-auto max-w-3xl px-4 pb-8 pt-6 sm:pt-10">
        <h1 className="text-3xl font-bold leading-tight text-brand-900 sm:text-4xl">{t("pageTitle")}</h1>
        <div className="mt-4 space-y-3 text-lg">
          <p>{t("pageIntro")}</p>
          <CrisisNotice locale={locale}>{t("pageCrisis")}</CrisisNotice>
        </div>
        <div className="mt-8">
          <SelfCheck headingLevel={2} callRequestToken={await issueFormToken("call-request")} />
        </div>
        <p className="mt-8">
          {t("pageMore")}{" "}
          <Link href={pathIn("/is-iop-right-for-me", locale)} className="font-semibold text-brand-700 underline">
            {t("pageMoreLink")}
          </Link>
          .
        </p>
      </div>
    </>
  );
}
