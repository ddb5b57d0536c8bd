import Link from "next/link";
import { CallLink } from "@/components/layout/call-link";
import { LanguageSwitch } from "@/components/layout/language-switch";
import { MAX_CARD_PHOTO_MB } from "@/lib/forms/card-photo-limit";
import type { Locale } from "@/lib/i18n/locales";
import { appPages } from "@/lib/i18n/paths";
import { setRequestLocale } from "@/lib/i18n/request-locale";
import { translator } from "@/lib/i18n/translate";

/** Where an oversized post lands (proxy.ts sends it here), with or without JavaScript, in the form's language. */
export function TooLargeView({ locale }: { locale: Locale }) {
  setRequestLocale(locale);
  const t = translator(locale, "formPages");
  return (
    <>
      <LanguageSwitch locale={locale} paths={appPages.tooLarge} />
      <div className="mx-auto max-w-3xl px-4 py-12">
        <h1 className="text-3xl font-bold text-brand-900">{t("tooLargeHeading")}</h1>
        <p className="mt-4 text-lg">{t("tooLargeBody", { mb: MAX_CARD_PHOTO_MB })}</p>
        <p className="mt-4 text-lg">{t("tooLargeCall")}</p>
        <div className="mt-6 flex flex-wrap gap-3">
          <CallLink />
          <Link href={appPages.verifyInsurance[locale]} className="btn-secondary">
            {t("tryAgain")}
          </Link>
        </div>
      </div>
    </>
  );
}
