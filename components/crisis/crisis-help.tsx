import Link from "next/link";
import type { ReactNode } from "react";
import { fillNodes } from "@/components/crisis/fill-nodes";
import { emergency, lifeline, samhsa } from "@/components/crisis/lines";
import type { Locale } from "@/lib/i18n/locales";
import en from "@/messages/en/crisis.json";
import es from "@/messages/es/crisis.json";

/*
 * Every word the site says about getting help in a crisis in one file (and the "crisis"
 * messages; the numbers in lines.ts) so a clinician reviews it in one place: 911 for danger
 * right now, the 988 Suicide & Crisis Lifeline by call, text or chat (in Spanish: press 2, or
 * text AYUDA, or the Spanish chat), and SAMHSA's National Helpline (treatment referral in
 * English and Spanish, not a crisis line). Plain markup only: it renders on the server and
 * inside the self-check's client code, so the language is passed in rather than read from the
 * request.
 */
const crisisHelpPath: Record<Locale, string> = { en: "/crisis-help", es: "/es/ayuda-en-crisis" };

/**
 * Only this namespace's messages, read without the ICU formatter: the component also renders
 * in client code (the error page, which every page loads, and the self-check), where the
 * formatter would weigh more than all of these words.
 */
const words = { en, es };
function crisisWords(locale: Locale) {
  return (key: keyof typeof en, values?: { number: string }) =>
    values ? words[locale][key].replace("{number}", values.number) : words[locale][key];
}

/** A crisis sentence with its 911, 988 call and 988 text links (the text link in the page's language). */
function crisisSentence(locale: Locale, key: "bar" | "line" | "notice", linkClass: string): ReactNode {
  const t = crisisWords(locale);
  return fillNodes(t(key), {
    call911: (
      <a href={emergency.call} className={linkClass}>
        {emergency.number}
      </a>
    ),
    call988: (
      <a href={lifeline[locale].call} className={linkClass}>
        {lifeline[locale].number}
      </a>
    ),
    text988: (
      <a href={lifeline[locale].text} className={linkClass}>
        {t("textLink")}
      </a>
    ),
  });
}

type Variant = "notice" | "line" | "bar";

/**
 * The 911 / 988 sentence. `notice`: the red box above the forms, on their confirmations, the
 * error page and the self-check, with `children` for what fits the page. `line`: one quiet
 * sentence, for asides and the footer. `bar`: the band at the top of every page.
 */
export function CrisisNotice({
  variant = "notice",
  className,
  locale = "en",
  children,
}: {
  variant?: Variant;
  className?: string;
  locale?: Locale;
  children?: ReactNode;
}) {
  const t = crisisWords(locale);
  if (variant === "bar") {
    return (
      <aside aria-label={t("barLabel")} className="no-print bg-brand-900 text-white [&_a:focus-visible]:outline-white">
        <p className="mx-auto max-w-6xl px-4 py-2 text-center text-sm sm:text-base">
          {crisisSentence(locale, "bar", "font-bold underline")}{" "}
          <Link href={crisisHelpPath[locale]} className="underline">
            {t("more")}
          </Link>
        </p>
      </aside>
    );
  }
  return (
    <p
      className={
        className ??
        (variant === "notice" ? "rounded-lg border-l-4 border-danger-700 bg-danger-50 p-4 font-semibold" : undefined)
      }
    >
      {crisisSentence(locale, variant, variant === "line" ? "font-semibold underline" : "underline")}
      {children ? <> {children}</> : null}
    </p>
  );
}

/** For MDX (`<CrisisLines />`): the three services as cards, on the crisis-help page. */
export function CrisisLines({ locale = "en" }: { locale?: Locale }) {
  const t = crisisWords(locale);
  const line = lifeline[locale];
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <section aria-labelledby="crisis-911" className="rounded-lg border-2 border-danger-700 bg-white p-4">
        <h3 id="crisis-911" className="mt-0 text-lg font-bold text-danger-700">
          {t("dangerTitle", { number: emergency.number })}
        </h3>
        <p className="mt-1">
          {t("dangerBody")}{" "}
          <a href={emergency.call} className="font-bold">
            {emergency.number}
          </a>
          .
        </p>
      </section>
      <section aria-labelledby="crisis-988" className="rounded-lg border-2 border-brand-700 bg-white p-4">
        <h3 id="crisis-988" className="mt-0 text-lg font-bold text-brand-900">
          {t("lifelineTitle")}
        </h3>
        <p className="mt-1">
          {fillNodes(t("lifelineBody"), {
            call988: (
              <a href={line.call} className="font-bold">
                {line.number}
              </a>
            ),
            text988: <a href={line.text}>{t("textLink")}</a>,
            chat: (
              <a href={line.chat} rel="noopener noreferrer">
                {t("chatLabel")}
              </a>
            ),
          })}
        </p>
      </section>
      <section aria-labelledby="crisis-samhsa" className="rounded-lg border border-line bg-white p-4 sm:col-span-2">
        <h3 id="crisis-samhsa" className="mt-0 text-lg font-bold text-brand-900">
          {t("samhsaTitle")}
        </h3>
        <p className="mt-1">
          <a href={samhsa.call} className="font-bold">
            {samhsa.number}
          </a>{" "}
          (TTY <a href={samhsa.ttyCall}>{samhsa.tty}</a>). {t("samhsaBody")}{" "}
          <a href="https://findtreatment.gov" rel="noopener noreferrer">
            findtreatment.gov
          </a>
          .
        </p>
      </section>
    </div>
  );
}

/** SAMHSA's helpline as a link, for pages that point to treatment elsewhere. */
export function SamhsaHelpline({ locale = "en" }: { locale?: Locale }) {
  const t = crisisWords(locale);
  return (
    <>
      {t("samhsaLinkIntro")} <a href={samhsa.call}>{samhsa.number}</a>
      {t("samhsaLinkOutro")}
    </>
  );
}

/** The self-check's crisis result: 911 and 988 as large links, first on the page. */
export function CrisisActions({ forSomeoneElse, locale = "en" }: { forSomeoneElse: boolean; locale?: Locale }) {
  const t = crisisWords(locale);
  const line = lifeline[locale];
  return (
    <div className="space-y-4">
      <div className="grid gap-3 sm:grid-cols-3">
        <a href={emergency.call} className="btn bg-danger-700 text-lg text-white hover:underline">
          {t("call", { number: emergency.number })}
        </a>
        <a href={line.call} className="btn-primary text-lg">
          {t("call", { number: line.number })}
        </a>
        <a href={line.text} className="btn-secondary text-lg">
          {t("text", { number: line.number })}
        </a>
      </div>
      <p>
        <strong>{emergency.number}</strong> {t("actionsDanger")} <strong>{line.number}</strong>{" "}
        {t("actionsLifeline")}{" "}
        <a href={line.chat} rel="noopener noreferrer" className="font-semibold text-brand-700 underline">
          {t("actionsChat")}
        </a>
        .
      </p>
      <p>{forSomeoneElse ? t("stayOther") : t("staySelf")}</p>
      <p>
        <Link href={crisisHelpPath[locale]} className="font-semibold text-brand-700 underline">
          {t("more")}
        </Link>
      </p>
    </div>
  );
}
