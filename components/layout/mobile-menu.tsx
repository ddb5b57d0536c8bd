import Link from "next/link";
import { pathIn } from "@/lib/i18n/links";
import { localLink } from "@/lib/i18n/nav";
import { getRequestLocale } from "@/lib/i18n/request-locale";
import { translator } from "@/lib/i18n/translate";
import { formLinks, primaryNav } from "@/lib/navigation";

/** A <details> disclosure, so the menu opens with or without JavaScript. */
export function MobileMenu() {
  const locale = getRequestLocale();
  const t = translator(locale, "frame");
  const links = [
    ...[...primaryNav, formLinks.requestCall, formLinks.verifyInsurance].map((link) => localLink(link, locale)),
    { href: pathIn("/faq", locale), label: t("faq") },
  ];
  return (
    <details className="no-print group w-full lg:hidden">
      <summary className="btn-secondary w-full cursor-pointer list-none [&::-webkit-details-marker]:hidden">
        <span className="group-open:hidden">{t("menu")}</span>
        <span className="hidden group-open:inline">{t("closeMenu")}</span>
      </summary>
      <nav aria-label={t("mainNav")}>
        <ul className="mt-2 divide-y divide-line rounded-lg border border-line bg-white">
          {links.map((item) => (
            <li key={item.href}>
              <Link href={item.href} className="block px-4 py-3 font-medium text-ink no-underline hover:bg-brand-50">
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </details>
  );
}
