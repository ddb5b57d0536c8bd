import "server-only";
import type { NavLink } from "@/lib/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { pathIn } from "@/lib/i18n/links";
import { translator } from "@/lib/i18n/translate";

/** A navigation link in the visitor's language: the twin page's address, the label from the catalogue. */
export function localLink(link: NavLink, locale: Locale): { href: string; label: string } {
  return { href: pathIn(link.href, locale), label: translator(locale, "nav")(link.key) };
}
