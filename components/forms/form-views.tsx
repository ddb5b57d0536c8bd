import type { Metadata } from "next";
import { FormPage } from "@/components/forms/form-page";
import { RequestCallForm } from "@/components/forms/request-call-form";
import { VerifyInsuranceForm } from "@/components/forms/verify-insurance-form";
import { requestCall } from "@/lib/actions/request-call";
import { verifyInsurance } from "@/lib/actions/verify-insurance";
import { centerText } from "@/lib/center/localized";
import { center } from "@/lib/center/schema";
import { timeZoneName } from "@/lib/center/hours";
import type { Locale } from "@/lib/i18n/locales";
import { catalogues } from "@/lib/i18n/messages";
import { appPages } from "@/lib/i18n/paths";
import { setRequestLocale } from "@/lib/i18n/request-locale";
import { translator } from "@/lib/i18n/translate";
import { issueFormToken } from "@/lib/leads/guard";
import { formatUsPhone, telHref } from "@/lib/phone";
import { formPageVisit, referringPage } from "@/lib/referring-page";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
import { pageMetadata } from "@/lib/seo/metadata";

/** Both forms' pages in one language; the routes in app/(site) and app/(site-es)/es are one line each. */
export function requestCallMetadata(locale: Locale): Metadata {
  const t = translator(locale, "formPages");
  return pageMetadata({
    title: t("requestTitle"),
    description: t("requestDescription"),
    locale,
    paths: appPages.requestCall,
  });
}

export async function RequestCallView({ locale, searchParams }: { locale: Locale; searchParams: SearchParams }) {
  setRequestLocale(locale);
  const t = translator(locale, "formPages");
  return (
    <FormPage title={t("requestTitle")} intro={<p>{t("requestIntro")}</p>} locale={locale} paths={appPages.requestCall}>
      <RequestCallForm
        action={requestCall}
        token={await issueFormToken("call-request")}
        sourcePage={await referringPage(appPages.requestCall[locale])}
        visit={await formPageVisit(appPages.requestCall[locale], searchParams)}
        centerName={center.name}
        timeZoneLabel={timeZoneName(center.timeZone, locale)}
        locale={locale}
        words={catalogues[locale].forms}
      />
    </FormPage>
  );
}

export function verifyInsuranceMetadata(locale: Locale): Metadata {
  const t = translator(locale, "formPages");
  return pageMetadata({
    title: t("verifyTitle"),
    description: t("verifyDescription"),
    locale,
    paths: appPages.verifyInsurance,
  });
}

export async function VerifyInsuranceView({ locale, searchParams }: { locale: Locale; searchParams: SearchParams }) {
  setRequestLocale(locale);
  const t = translator(locale, "formPages");
  const words = centerText(locale);
  const accepted = center.insurance.accepted.map((carrier) => carrier.name).join(", ");
  return (
    <FormPage
      title={t("verifyTitle")}
      intro={
        <>
          <p>{t("verifyIntro")}</p>
          <p className="text-base text-muted">{t("verifyPlans", { list: accepted })}</p>
        </>
      }
      locale={locale}
      paths={appPages.verifyInsurance}
    >
      <VerifyInsuranceForm
        action={verifyInsurance}
        token={await issueFormToken("insurance-check")}
        sourcePage={await referringPage(appPages.verifyInsurance[locale])}
        visit={await formPageVisit(appPages.verifyInsurance[locale], searchParams)}
        centerName={center.name}
        timeZoneLabel={timeZoneName(center.timeZone, locale)}
        declinedPlans={center.insurance.notAccepted.map((plan) => ({ ...plan, guidance: words.guidance(plan) }))}
        phone={formatUsPhone(center.phones.admissions)}
        phoneHref={telHref(center.phones.admissions)}
        locale={locale}
        words={catalogues[locale].forms}
      />
    </FormPage>
  );
}
