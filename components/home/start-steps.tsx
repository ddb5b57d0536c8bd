import { CallToAction } from "@/components/mdx/call-to-action";
import { getRequestLocale } from "@/lib/i18n/request-locale";
import { translator } from "@/lib/i18n/translate";

const steps = [
  ["step1Title", "step1Body"],
  ["step2Title", "step2Body"],
  ["step3Title", "step3Body"],
] as const;

export function StartSteps() {
  const t = translator(getRequestLocale(), "home");
  return (
    <section aria-labelledby="steps-title" className="bg-white py-12">
      <div className="mx-auto max-w-6xl px-4">
        <h2 id="steps-title" className="text-3xl font-bold text-brand-900">
          {t("stepsTitle")}
        </h2>
        <ol className="mt-6 grid gap-4 sm:grid-cols-3">
          {steps.map(([title, body], index) => (
            <li key={title} className="rounded-xl border border-line p-5">
              <p className="flex items-center gap-3 text-lg font-bold text-brand-900">
                <span
                  aria-hidden="true"
                  className="grid size-9 place-items-center rounded-full bg-brand-700 text-white"
                >
                  {index + 1}
                </span>
                {t(title)}
              </p>
              <p className="mt-2">{t(body)}</p>
            </li>
          ))}
        </ol>
        <div className="mt-8">
          <CallToAction title={t("ready")} />
        </div>
      </div>
    </section>
  );
}
