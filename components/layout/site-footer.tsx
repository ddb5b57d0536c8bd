import Link from "next/link";
import { CrisisNotice } from "@/components/crisis/crisis-help";
import { AdmissionsHoursText } from "@/components/layout/admissions-hours-text";
import { centerText } from "@/lib/center/localized";
import { center } from "@/lib/center/schema";
import { loadAllPageMeta } from "@/lib/content";
import { pageSections } from "@/lib/content-schema";
import { localLink } from "@/lib/i18n/nav";
import { getRequestLocale } from "@/lib/i18n/request-locale";
import { translator } from "@/lib/i18n/translate";
import { formLinks, sectionExtraLinks } from "@/lib/navigation";
import { formatUsPhone, telHref } from "@/lib/phone";

export function SiteFooter() {
  const locale = getRequestLocale();
  const t = translator(locale, "frame");
  const sections = translator(locale, "sections");
  const words = centerText(locale);
  const pages = loadAllPageMeta(locale);
  const pagePath = (slug: string) => (locale === "es" ? `/es/${slug}` : `/${slug}`);
  const { address, phones } = center;
  return (
    <footer className="mt-16 border-t border-line bg-brand-900 text-brand-50 [&_a:focus-visible]:outline-white">
      <div className="mx-auto grid max-w-6xl gap-10 px-4 py-12 md:grid-cols-[1.3fr_2fr]">
        <div className="space-y-4">
          <p className="text-lg font-bold text-white">{center.name}</p>
          <address className="not-italic">
            {address.street}
            {address.unit ? `, ${address.unit}` : null}
            <br />
            {address.city}, {address.region} {address.postalCode}
          </address>
          <p>
            {t("admissions24")}{" "}
            <a href={telHref(phones.admissions)} className="font-semibold text-white underline">
              {formatUsPhone(phones.admissions)}
            </a>
            <br />
            {t("callbacks")} <AdmissionsHoursText />
          </p>
          <p className="flex flex-wrap gap-x-4 gap-y-1">
            {[formLinks.requestCall, formLinks.verifyInsurance].map((link) => {
              const item = localLink(link, locale);
              return (
                <Link key={item.href} href={item.href} className="text-white underline">
                  {item.label}
                </Link>
              );
            })}
          </p>
        </div>
        <nav aria-label={t("siteNav")} className="no-print grid gap-8 sm:grid-cols-2 lg:grid-cols-4">
          {pageSections.map((section) => (
            <div key={section}>
              <h2 className="text-sm font-bold uppercase tracking-wide text-white">{sections(section)}</h2>
              <ul className="mt-3 space-y-2">
                {pages
                  .filter((page) => page.meta.section === section)
                  .map((page) => ({ href: pagePath(page.slug), label: page.meta.navLabel }))
                  .concat((sectionExtraLinks[section] ?? []).map((link) => localLink(link, locale)))
                  .map((link) => (
                    <li key={link.href}>
                      <Link href={link.href} className="text-brand-50 underline-offset-4 hover:underline">
                        {link.label}
                      </Link>
                    </li>
                  ))}
              </ul>
            </div>
          ))}
        </nav>
      </div>
      <div className="border-t border-brand-800">
        <div className="mx-auto max-w-6xl space-y-2 px-4 py-6 text-sm">
          <p>
            {t("licensed", { agency: words.licenseAgency, number: center.license.number })}{" "}
            {words.accreditations.length > 0 ? t("accreditation", { list: words.accreditations.join(", ") }) : null}
          </p>
          <p>{t("notAdvice")}</p>
          <CrisisNotice variant="line" locale={locale} />
          <p>
            © {new Date().getFullYear()} {center.name}
            {center.social.map((s) => (
              <span key={s.href}>
                {" · "}
                <a href={s.href} className="underline" rel="noopener noreferrer">
                  {s.label}
                </a>
              </span>
            ))}
          </p>
        </div>
      </div>
    </footer>
  );
}
