import Link from "next/link";
import { CallLink } from "@/components/layout/call-link";
import { MobileMenu } from "@/components/layout/mobile-menu";
import { center } from "@/lib/center/schema";
import { pathIn } from "@/lib/i18n/links";
import { localLink } from "@/lib/i18n/nav";
import { getRequestLocale } from "@/lib/i18n/request-locale";
import { translator } from "@/lib/i18n/translate";
import { formLinks, primaryNav } from "@/lib/navigation";

export function SiteHeader() {
  const locale = getRequestLocale();
  const t = translator(locale, "frame");
  const requestCall = localLink(formLinks.requestCall, locale);
  const verifyInsurance = localLink(formLinks.verifyInsurance, locale);
  return (
    <header className="border-b border-line bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-3 px-4 py-3">
        <Link href={pathIn("/", locale)} className="mr-auto flex items-center gap-3 leading-tight no-underline">
          <img src="/logo.svg" alt="" width={40} height={40} className="size-10 shrink-0" />
          <span className="flex flex-col">
            <span className="text-xl font-bold text-brand-900">{center.name}</span>
            <span className="text-sm text-muted">{t("kind")}</span>
          </span>
        </Link>
        <div className="no-print flex items-center gap-2">
          <CallLink className="btn-primary px-3 sm:px-5" />
          <Link href={requestCall.href} className="btn-secondary hidden sm:inline-flex">
            {requestCall.label}
          </Link>
        </div>
        <MobileMenu />
      </div>
      <nav aria-label={t("mainNav")} className="no-print hidden border-t border-line lg:block">
        <ul className="mx-auto flex max-w-6xl gap-1 px-4">
          {primaryNav.map((link) => {
            const item = localLink(link, locale);
            return (
              <li key={item.href}>
                <Link
                  href={item.href}
                  className="inline-block px-3 py-3 font-medium text-ink no-underline hover:text-brand-700 hover:underline"
                >
                  {item.label}
                </Link>
              </li>
            );
          })}
          <li className="ml-auto">
            <Link
              href={verifyInsurance.href}
              className="inline-block px-3 py-3 font-semibold text-brand-700 underline hover:text-brand-900"
            >
              {verifyInsurance.label}
            </Link>
          </li>
        </ul>
      </nav>
    </header>
  );
}
