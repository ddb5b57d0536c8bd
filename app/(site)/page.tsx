import type { Metadata } from "next";
import { Hero } from "@/components/home/hero";
import { InsuranceTeaser } from "@/components/home/insurance-teaser";
import { StartSteps } from "@/components/home/start-steps";
import { WeekAtAGlance } from "@/components/home/week-at-a-glance";
import { WhoItFits } from "@/components/home/who-it-fits";
import { CrisisLines } from "@/components/crisis/crisis-help";
import { JsonLd } from "@/components/seo/json-ld";
import { center } from "@/lib/center/schema";
import { homeMetadata } from "@/lib/seo/metadata";
import { siteUrl } from "@/lib/seo/site-url";
import { clinicJsonLd, websiteJsonLd } from "@/lib/seo/structured-data";

export const metadata: Metadata = homeMetadata();

export default function HomePage() {
  return (
    <>
      <JsonLd data={[clinicJsonLd(center, siteUrl), websiteJsonLd(center, siteUrl)]} />
      <Hero />
      <WhoItFits />
      <WeekAtAGlance />
      <InsuranceTeaser />
      <StartSteps />
      <section aria-labelledby="crisis-title" className="mx-auto max-w-6xl px-4 py-12">
        <h2 id="crisis-title" className="text-3xl font-bold text-brand-900">
          If you need help right now
        </h2>
        <div className="mt-6">
          <CrisisLines />
        </div>
      </section>
    </>
  );
}
