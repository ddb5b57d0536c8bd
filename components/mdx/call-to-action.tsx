import Link from "next/link";
import { CallLink } from "@/components/layout/call-link";
import { center } from "@/lib/center/schema";
import { localLink } from "@/lib/i18n/nav";
import { getRequestLocale } from "@/lib/i18n/request-locale";
import { translator } from "@/lib/i18n/translate";
import { formLinks } from "@/lib/navigation";

type CallToActionProps = { title?: string };

export function CallToAction({ title }: CallToActionProps) {
  const locale = getRequestLocale();
  const t = translator(locale, "content");
  return (
    <section aria-labelledby="cta-title" className="no-print rounded-xl bg-brand-50 p-6 ring-1 ring-brand-100 sm:p-8">
      <h2 id="cta-title" className="text-2xl font-bold text-brand-900">
        {title ?? t("ctaTitle")}
      </h2>
      <p className="mt-2 max-w-prose">
        {t("ctaBody")}
        {center.sameDayAssessment ? ` ${t("ctaSameDay")}` : null}
      </p>
      <div className="mt-5 flex flex-wrap gap-3">
        <CallLink />
        {[formLinks.requestCall, formLinks.verifyInsurance].map((link) => {
          const item = localLink(link, locale);
          return (
            <Link key={item.href} href={item.href} className="btn-secondary">
              {item.label}
            </Link>
          );
        })}
      </div>
    </section>
  );
}
