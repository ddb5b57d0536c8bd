import { center } from "@/lib/center/schema";
import { getRequestLocale } from "@/lib/i18n/request-locale";
import { translator } from "@/lib/i18n/translate";

/** For MDX (`<AftercareOptions />`): what the center offers after IOP, from the config, in the page's language. */
export function AftercareOptions() {
  const locale = getRequestLocale();
  const t = translator(locale, "center");
  return (
    <ul className="wide grid list-none! gap-4 pl-0! md:grid-cols-2">
      {center.aftercare.map((option) => {
        const words = locale === "es" ? option.es : option;
        return (
          <li key={option.id} className="rounded-lg border border-line bg-white p-4">
            <h3 className="mt-0! text-lg font-bold text-brand-900">{words.name}</h3>
            <p className="mt-1">{words.description}</p>
            {words.when ? <p className="mt-2 font-semibold">{t("when", { when: words.when })}</p> : null}
          </li>
        );
      })}
    </ul>
  );
}
