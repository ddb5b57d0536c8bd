import Link from "next/link";
import { CrisisNotice } from "@/components/crisis/crisis-help";
import { CallLink } from "@/components/layout/call-link";
import { AdmissionsHoursText } from "@/components/layout/admissions-hours-text";
import { localLink } from "@/lib/i18n/nav";
import { getRequestLocale } from "@/lib/i18n/request-locale";
import { translator } from "@/lib/i18n/translate";
import { formLinks } from "@/lib/navigation";

/** Beside a content page on wide screens: the ways to reach a person stay in view while reading. */
export function HelpAside() {
  const locale = getRequestLocale();
  const t = translator(locale, "content");
  return (
    <aside aria-label={t("asideLabel")} className="no-print hidden h-full lg:block">
      <div className="sticky top-6 space-y-4 rounded-xl bg-white p-5 shadow-sm ring-1 ring-line">
        <p className="text-lg font-bold text-brand-900">{t("asideTitle")}</p>
        <p className="text-base text-muted">{t("asideBody")}</p>
        <CallLink className="btn-primary w-full" label={t("call")} />
        {[formLinks.requestCall, formLinks.verifyInsurance].map((link) => {
          const item = localLink(link, locale);
          return (
            <Link key={item.href} href={item.href} className="btn-secondary w-full">
              {item.label}
            </Link>
          );
        })}
        <p className="text-sm text-muted">
          {t("returned")} <AdmissionsHoursText endsSentence />
        </p>
        <CrisisNotice variant="line" locale={locale} className="border-t border-line pt-3 text-sm" />
      </div>
    </aside>
  );
}
