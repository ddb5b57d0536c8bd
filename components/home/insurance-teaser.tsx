import Link from "next/link";
import { center } from "@/lib/center/schema";
import { pathIn } from "@/lib/i18n/links";
import { getRequestLocale } from "@/lib/i18n/request-locale";
import { translator } from "@/lib/i18n/translate";
import { formLinks } from "@/lib/navigation";

export function InsuranceTeaser() {
  const locale = getRequestLocale();
  const t = translator(locale, "home");
  const { accepted, notAccepted } = center.insurance;
  const or = locale === "es" ? " o " : " or ";
  return (
    <section aria-labelledby="insurance-title" className="mx-auto max-w-6xl px-4 py-12">
      <h2 id="insurance-title" className="text-3xl font-bold text-brand-900">
        {t("payTitle")}
      </h2>
      <p className="mt-3 max-w-prose text-lg">
        {t("payAccepted", { list: accepted.map((c) => c.name).join(", ") })}
        {notAccepted.length > 0 ? t("payNotAccepted", { list: notAccepted.map((p) => p.name).join(or) }) : null}
      </p>
      <p className="mt-3 max-w-prose">{t("payCheck")}</p>
      <div className="mt-6 flex flex-wrap gap-3">
        <Link href={pathIn(formLinks.verifyInsurance.href, locale)} className="btn-primary">
          {t("payVerify")}
        </Link>
        <Link href={pathIn("/insurance-and-cost", locale)} className="btn-secondary">
          {t("payExplained")}
        </Link>
      </div>
    </section>
  );
}
