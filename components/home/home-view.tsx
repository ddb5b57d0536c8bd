import { CrisisLines } from "@/components/crisis/crisis-help";
import { Hero } from "@/components/home/hero";
import { InsuranceTeaser } from "@/components/home/insurance-teaser";
import { StartSteps } from "@/components/home/start-steps";
import { WeekAtAGlance } from "@/components/home/week-at-a-glance";
import { WhoItFits } from "@/components/home/who-it-fits";
import { LanguageSwitch } from "@/components/layout/language-switch";
import { JsonLd } from "@/components/seo/json-ld";
import { center } from "@/lib/center/schema";
import type { Locale } from "@/lib/i18n/locales";
import { appPages } from "@/lib/i18n/paths";
import { setRequestLocale } from "@/lib/i18n/request-locale";
import { translator } from "@/lib/i18n/translate";
import { siteUrl } from "@/lib/seo/site-url";
import { clinicJsonLd, websiteJsonLd } from "@/lib/seo/structured-data";

/** The home page in one language (app/(site)/page.tsx and app/(site-es)/es/page.tsx). */
export function HomeView({ locale }: { locale: Locale }) {
  setRequestLocale(locale);
  const t = translator(locale, "home");
  return (
    <>
      <JsonLd data={[clinicJsonLd(center, siteUrl), websiteJsonLd(center, siteUrl, locale)]} />
      <LanguageSwitch locale={locale} paths={appPages.home} />
      <Hero />
      <WhoItFits />
      <WeekAtAGlance />
      <InsuranceTeaser />
      <StartSteps />
      <section aria-labelledby="crisis-title" className="mx-auto max-w-6xl px-4 py-12">
        <h2 id="crisis-title" className="text-3xl font-bold text-brand-900">
          {t("crisisTitle")}
        </h2>
        <div className="mt-6">
          <CrisisLines locale={locale} />
        </div>
      </section>
    </>
  );
}
