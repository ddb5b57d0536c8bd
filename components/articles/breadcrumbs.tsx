import Link from "next/link";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";

type Crumb = { href: string; label: string };

/** The trail above a page's h1: links to each ancestor, then the page itself. */
export function Breadcrumbs({ trail, current, locale }: { trail: Crumb[]; current: string; locale: Locale }) {
  return (
    <nav aria-label={translator(locale, "content")("breadcrumb")} className="no-print text-sm text-muted">
      <ol className="flex flex-wrap gap-1">
        {trail.map((crumb) => (
          <li key={crumb.href}>
            <Link href={crumb.href} className="underline hover:text-brand-700">
              {crumb.label}
            </Link>
            <span aria-hidden="true" className="px-1">
              ›
            </span>
          </li>
        ))}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}
