import Link from "next/link";
import { redirect } from "next/navigation";
import { CrisisNotice } from "@/components/crisis/crisis-help";
import { LanguageSwitch } from "@/components/layout/language-switch";
import { CallLink } from "@/components/layout/call-link";
import { center } from "@/lib/center/schema";
import { describeCallback, describeHours, endSentence, timeZoneName } from "@/lib/center/hours";
import { bestTimes, type BestTime } from "@/lib/forms/choices";
import type { Locale } from "@/lib/i18n/locales";
import { catalogues } from "@/lib/i18n/messages";
import { appPages } from "@/lib/i18n/paths";
import { pathIn } from "@/lib/i18n/links";
import { setRequestLocale } from "@/lib/i18n/request-locale";
import { translator } from "@/lib/i18n/translate";
import { formatUsPhone } from "@/lib/phone";
import { readReference } from "@/lib/leads/reference";

type Form = "requestCall" | "verifyInsurance";
type ConfirmationProps = { reference: string; already: boolean; form: Form; bestTime: BestTime; locale: Locale };

/** When the call will come: as soon as staff can if that is what they asked for, otherwise in the part of the day they chose. */
function expectedCall(bestTime: BestTime, locale: Locale): string {
  if (bestTime === "asap") return `${describeCallback(new Date(), center, locale).text}.`;
  const part = catalogues[locale].forms.bestTimes[bestTime];
  return translator(locale, "formPages")("inThe", {
    part: locale === "es" ? part : part.toLowerCase(),
    zone: timeZoneName(center.timeZone, locale),
  });
}

/**
 * What a Spanish speaker can expect, from the config and nothing else: a Spanish-speaking
 * call back now or at the bilingual coordinator's hours, an interpreter line, or both.
 */
function SpanishCallback() {
  const t = translator("es", "formPages");
  const { spanishCallbackHours, interpreterLine } = center.languages;
  const now = describeCallback(new Date(), { ...center, admissionsHours: spanishCallbackHours }, "es");
  const sentences =
    spanishCallbackHours.length === 0
      ? [t("spanishNone")]
      : [
          now.openNow
            ? t("spanishNow")
            : endSentence(t("spanishHours", { hours: describeHours(spanishCallbackHours, "es") })),
          interpreterLine ? t("spanishInterpreter") : t("spanishLater"),
        ];
  return (
    <p className="mt-4 text-lg">
      <strong>{t("spanishTitle")}.</strong> {sentences.join(" ")}
    </p>
  );
}

function Confirmation({ reference, already, form, bestTime, locale }: ConfirmationProps) {
  const t = translator(locale, "formPages");
  const what = form === "requestCall" ? t("whatCall") : t("whatCheck");
  return (
    <>
      <LanguageSwitch locale={locale} paths={appPages[form]} />
      <div className="mx-auto max-w-3xl px-4 pb-8 pt-3 sm:pt-6">
        <div role="status" className="rounded-xl border-2 border-brand-700 bg-white p-6">
          <h1 className="text-3xl font-bold text-brand-900">
            {already ? t("already", { what }) : t("received", { what })}
          </h1>
          <p className="mt-3 text-lg">{already ? t("alreadyBody") : t("thanks")}</p>
          <p className="mt-4 text-lg">
            {t("referenceIs")}{" "}
            <strong className="whitespace-nowrap font-mono text-xl tracking-wider">{reference}</strong>
            {t("referenceHandy")}
          </p>
          <p className="mt-4 text-lg">
            <strong>{t("whenToExpect")}</strong> {expectedCall(bestTime, locale)} {t("fromLine")}{" "}
            <span className="whitespace-nowrap">{formatUsPhone(center.phones.admissions)}</span>.
          </p>
          {locale === "es" ? <SpanishCallback /> : null}
        </div>
        <div className="mt-6 space-y-4">
          <p className="text-lg">{t("noWait")}</p>
          <CallLink />
          <CrisisNotice locale={locale}>{t("dontWait")}</CrisisNotice>
          <p>
            {t("whileYouWait")}{" "}
            <Link href={pathIn("/admissions", locale)} className="text-brand-700 underline">
              {t("whatHappens", { name: center.shortName })}
            </Link>
            .
          </p>
        </div>
      </div>
    </>
  );
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** A form's "received" route: a well-formed reference shows the confirmation, anything else goes back to the form. */
export async function ReceivedRoute({
  searchParams,
  form,
  locale,
}: {
  searchParams: SearchParams;
  form: Form;
  locale: Locale;
}) {
  setRequestLocale(locale);
  const params = await searchParams;
  const reference = readReference(params.ref);
  if (!reference) redirect(appPages[form][locale]);
  const time = bestTimes.find((option) => option === params.time) ?? "asap";
  return (
    <Confirmation reference={reference} already={params.already === "1"} form={form} bestTime={time} locale={locale} />
  );
}
