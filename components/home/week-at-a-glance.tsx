import Link from "next/link";
import { SessionBlocks } from "@/components/mdx/session-blocks";
import { pathIn } from "@/lib/i18n/links";
import { getRequestLocale } from "@/lib/i18n/request-locale";
import { translator } from "@/lib/i18n/translate";

export function WeekAtAGlance() {
  const locale = getRequestLocale();
  const t = translator(locale, "home");
  return (
    <section aria-labelledby="week-title" className="bg-white py-12">
      <div className="mx-auto max-w-6xl px-4">
        <h2 id="week-title" className="text-3xl font-bold text-brand-900">
          {t("weekTitle")}
        </h2>
        <p className="mt-3 max-w-prose text-lg">{t("weekBody")}</p>
        <div className="mt-6">
          <SessionBlocks />
        </div>
        <p className="mt-4">
          <Link href={pathIn("/a-day-in-iop", locale)} className="font-semibold text-brand-700 underline">
            {t("weekLink")}
          </Link>
        </p>
      </div>
    </section>
  );
}
