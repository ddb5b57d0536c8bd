import Link from "next/link";
import { CallLink } from "@/components/layout/call-link";
import { center } from "@/lib/center/schema";
import { centerText } from "@/lib/center/localized";
import { pathIn } from "@/lib/i18n/links";
import { getRequestLocale } from "@/lib/i18n/request-locale";
import { translator } from "@/lib/i18n/translate";
import { formLinks } from "@/lib/navigation";

export function Hero() {
  const locale = getRequestLocale();
  const t = translator(locale, "home");
  const points = [t("point1"), t("point2"), t("point3"), ...(center.sameDayAssessment ? [t("point4")] : [])];
  return (
    <section aria-labelledby="home-title" className="bg-gradient-to-b from-brand-50 to-canvas">
      <div className="mx-auto grid max-w-6xl gap-10 px-4 py-10 sm:py-16 lg:grid-cols-[1.4fr_1fr] lg:items-center">
        <div>
          <h1 id="home-title" className="text-4xl font-bold leading-tight text-brand-900 sm:text-5xl">
            {t("title")}
          </h1>
          <p className="mt-5 max-w-2xl text-xl leading-relaxed text-muted">{centerText(locale).tagline}</p>
          <div className="mt-8 flex flex-wrap gap-3">
            <CallLink className="btn-primary text-lg" label={t("callNow")} />
            <Link href={pathIn(formLinks.requestCall.href, locale)} className="btn-secondary text-lg">
              {translator(locale, "nav")("requestCall")}
            </Link>
          </div>
          <p className="mt-4">
            <Link
              href={pathIn(formLinks.verifyInsurance.href, locale)}
              className="font-semibold text-brand-700 underline"
            >
              {t("checkInsurance")}
            </Link>{" "}
            <span className="text-muted">{t("takes")}</span>
          </p>
        </div>
        <ul className="space-y-3 rounded-xl bg-white p-6 shadow-sm ring-1 ring-line">
          {points.map((point) => (
            <li key={point} className="flex gap-3">
              <svg
                aria-hidden="true"
                viewBox="0 0 20 20"
                className="mt-1 size-5 shrink-0 text-brand-600"
                fill="currentColor"
              >
                <path d="M16.7 5.3a1 1 0 0 1 0 1.4l-8 8a1 1 0 0 1-1.4 0l-4-4a1 1 0 1 1 1.4-1.4L8 12.6l7.3-7.3a1 1 0 0 1 1.4 0z" />
              </svg>
              <span>{point}</span>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
