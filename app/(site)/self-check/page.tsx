import type { Metadata } from "next";
import { selfCheckPaths } from "@/lib/i18n/paths";
import { LanguageSwitch } from "@/components/layout/language-switch";
import Link from "next/link";
import { connection } from "next/server";
import { CrisisNotice } from "@/components/crisis/crisis-help";
import { SelfCheck } from "@/components/self-check/self-check";
import { issueFormToken } from "@/lib/leads/guard";
import { selfCheckLink } from "@/lib/navigation";
import { pageMetadata } from "@/lib/seo/metadata";

const seo = pageMetadata({
  title: "Is IOP a fit? A private self-check",
  description:
    "A short, private self-check for you or someone you care about: which level of care to ask about, and where to get help now. It is not a diagnosis.",
  paths: { en: selfCheckLink.href, es: selfCheckPaths.nearestSpanish },
});
/** No Spanish twin yet: the canonical only, no hreflang alternates. */
export const metadata: Metadata = { ...seo, alternates: { canonical: selfCheckLink.href } };

export default async function SelfCheckPage() {
  // Rendered per request: the call-request form needs a freshly signed token.
  await connection();
  return (
    <>
      <LanguageSwitch locale="en" paths={{ en: selfCheckLink.href, es: selfCheckPaths.nearestSpanish }} />
      <div className="mx-auto max-w-3xl px-4 pb-8 pt-6 sm:pt-10">
        <h1 className="text-3xl font-bold leading-tight text-brand-900 sm:text-4xl">
          Is IOP a fit? A private self-check
        </h1>
        <div className="mt-4 space-y-3 text-lg">
          <p>
            Answer a few questions, for yourself or for someone you care about. You will see which kind of care may be
            worth asking about, and why. It is not a diagnosis.
          </p>
          <CrisisNotice>Do not wait to finish this page.</CrisisNotice>
        </div>
        <div className="mt-8">
          <SelfCheck headingLevel={2} callRequestToken={await issueFormToken("call-request")} />
        </div>
        <p className="mt-8">
          Want more detail first? Read{" "}
          <Link href="/is-iop-right-for-me" className="font-semibold text-brand-700 underline">
            who IOP fits, and who needs more care first
          </Link>
          .
        </p>
      </div>
    </>
  );
}
