import Link from "next/link";
import { pathIn } from "@/lib/i18n/links";
import { getRequestLocale } from "@/lib/i18n/request-locale";
import { translator } from "@/lib/i18n/translate";

const fits = [
  ["fit1Title", "fit1Body"],
  ["fit2Title", "fit2Body"],
  ["fit3Title", "fit3Body"],
  ["fit4Title", "fit4Body"],
] as const;

export function WhoItFits() {
  const locale = getRequestLocale();
  const t = translator(locale, "home");
  return (
    <section aria-labelledby="fits-title" className="mx-auto max-w-6xl px-4 py-12">
      <h2 id="fits-title" className="text-3xl font-bold text-brand-900">
        {t("fitsTitle")}
      </h2>
      <ul className="mt-6 grid gap-4 sm:grid-cols-2">
        {fits.map(([title, body]) => (
          <li key={title} className="rounded-xl border border-line bg-white p-5">
            <h3 className="text-lg font-bold text-brand-900">{t(title)}</h3>
            <p className="mt-2">{t(body)}</p>
          </li>
        ))}
      </ul>
      <div className="mt-6 rounded-xl border-l-4 border-warm-700 bg-warm-50 p-5">
        <h3 className="font-bold">{t("differentTitle")}</h3>
        <p className="mt-1">{t("differentBody")}</p>
        <p className="mt-2">
          <Link href={pathIn("/is-iop-right-for-me", locale)} className="font-semibold text-brand-700 underline">
            {t("differentLink")}
          </Link>
        </p>
      </div>
    </section>
  );
}
