import Link from "next/link";
import { CallLink } from "@/components/layout/call-link";
import type { Locale } from "@/lib/i18n/locales";
import { pathIn } from "@/lib/i18n/links";
import { localLink } from "@/lib/i18n/nav";
import { setRequestLocale } from "@/lib/i18n/request-locale";
import { translator } from "@/lib/i18n/translate";
import { formLinks, primaryNav } from "@/lib/navigation";

export function NotFoundView({ locale }: { locale: Locale }) {
  setRequestLocale(locale);
  const t = translator(locale, "notFound");
  const requestCall = localLink(formLinks.requestCall, locale);
  return (
    <div className="mx-auto max-w-3xl px-4 py-12">
      <h1 className="text-3xl font-bold text-brand-900">{t("heading")}</h1>
      <p className="mt-4 text-lg">{t("body")}</p>
      <div className="mt-6 flex flex-wrap gap-3">
        <CallLink />
        <Link href={requestCall.href} className="btn-secondary">
          {requestCall.label}
        </Link>
      </div>
      <h2 className="mt-10 text-xl font-bold text-brand-900">{t("often")}</h2>
      <ul className="mt-3 list-disc space-y-2 pl-6">
        <li>
          <Link href={pathIn("/", locale)} className="text-brand-700 underline">
            {t("home")}
          </Link>
        </li>
        {primaryNav.map((link) => {
          const item = localLink(link, locale);
          return (
            <li key={item.href}>
              <Link href={item.href} className="text-brand-700 underline">
                {item.label}
              </Link>
            </li>
          );
        })}
        <li>
          <Link href={pathIn("/crisis-help", locale)} className="text-brand-700 underline">
            {t("crisis")}
          </Link>
        </li>
      </ul>
    </div>
  );
}
