import { CallLink } from "@/components/layout/call-link";
import { SessionBlocks } from "@/components/mdx/session-blocks";
import type { HeadingLevel } from "@/components/self-check/heading";
import { SelfCheckGuideLazy } from "@/components/self-check/self-check-lazy";
import { requestCall } from "@/lib/actions/request-call";
import { center } from "@/lib/center/schema";
import { catalogues } from "@/lib/i18n/messages";
import { timeZoneName } from "@/lib/center/hours";
import { appPages } from "@/lib/i18n/paths";
import { getRequestLocale } from "@/lib/i18n/request-locale";
import { translator } from "@/lib/i18n/translate";
import { prepareCallRequest, runSelfCheck } from "@/lib/actions/self-check";
import { selfCheckContent } from "@/lib/self-check/localize";
import { checkSelfCheck } from "@/lib/self-check/schema";

// A broken edit to the questions, the rules or their words in any language stops the build
// here instead of misleading a visitor.
for (const content of Object.values(selfCheckContent)) checkSelfCheck(content);

type SelfCheckProps = {
  /** 2 on its own page, 3 inside a content page's section. */
  headingLevel?: HeadingLevel;
  /** A fresh request-call token, from pages rendered per request (see CallRequestSlot). */
  callRequestToken?: string;
};

/**
 * The private "Is IOP a fit?" self-check in the page's language: server-made parts (schedule,
 * phone, actions) and that language's words handed to the client guide.
 */
export function SelfCheck({ headingLevel = 3, callRequestToken }: SelfCheckProps) {
  const locale = getRequestLocale();
  const content = selfCheckContent[locale];
  const t = translator(locale, "selfCheck");
  return (
    <section
      aria-label={t("region")}
      className="wide max-w-3xl space-y-6 rounded-xl bg-white p-5 ring-1 ring-line sm:p-8"
    >
      <div className="space-y-2 rounded-lg bg-brand-50 p-4 text-base">
        <p>
          <strong>{t("privateLead")}</strong> {t("privateText")}
          <noscript> {t("privateNoScript")}</noscript>
        </p>
        <p>
          <strong>{t("notDiagnosisLead")}</strong> {t("notDiagnosisText", { count: content.questions.length + 1 })}
        </p>
      </div>
      <SelfCheckGuideLazy
        action={runSelfCheck}
        prepare={prepareCallRequest}
        requestCall={requestCall}
        permalink={appPages.selfCheck[locale]}
        headingLevel={headingLevel}
        callRequestToken={callRequestToken}
        centerName={center.name}
        formWords={catalogues[locale].forms}
        timeZoneLabel={timeZoneName(center.timeZone, locale)}
        callLink={<CallLink />}
        schedule={<SessionBlocks />}
        locale={locale}
        content={content}
        words={catalogues[locale].selfCheck}
      />
    </section>
  );
}
