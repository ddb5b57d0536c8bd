import { CrisisNotice } from "@/components/crisis/crisis-help";
import { center } from "@/lib/center/schema";
import { describeHours } from "@/lib/center/hours";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";
import { formatUsPhone, telHref } from "@/lib/phone";

/** The crisis line and what will happen, shown above both forms. */
export function BeforeYouStart({ locale }: { locale: Locale }) {
  const t = translator(locale, "formPages");
  return (
    <div className="space-y-4">
      <CrisisNotice locale={locale}>{t("notWatched")}</CrisisNotice>
      <div className="rounded-lg bg-brand-50 p-4 ring-1 ring-brand-100">
        <h2 className="text-lg font-bold text-brand-900">{t("nextTitle")}</h2>
        <ol className="mt-2 list-decimal space-y-1 pl-6">
          <li>
            {t("next1", { minutes: center.callbackMinutes, hours: describeHours(center.admissionsHours, locale) })}
          </li>
          <li>{t("next2")}</li>
          <li>{t("next3")}</li>
        </ol>
        <p className="mt-2">
          {t("preferNow")}{" "}
          <a href={telHref(center.phones.admissions)} className="font-semibold text-brand-700 underline">
            {formatUsPhone(center.phones.admissions)}
          </a>
          {t("anyTime")}
        </p>
      </div>
    </div>
  );
}
