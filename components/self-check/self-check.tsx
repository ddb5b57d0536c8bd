import { CallLink } from "@/components/layout/call-link";
import { SessionBlocks } from "@/components/mdx/session-blocks";
import type { HeadingLevel } from "@/components/self-check/heading";
import { SelfCheckGuideLazy } from "@/components/self-check/self-check-lazy";
import { requestCall } from "@/lib/actions/request-call";
import { center } from "@/lib/center/schema";
import { catalogues } from "@/lib/i18n/messages";
import { timeZoneName } from "@/lib/center/hours";
import { selfCheckLink } from "@/lib/navigation";
import { prepareCallRequest, runSelfCheck } from "@/lib/actions/self-check";
import { selfCheckModel } from "@/lib/self-check/evaluate";
import { questionCount } from "@/lib/self-check/questions";
import { checkSelfCheck } from "@/lib/self-check/schema";

// A broken edit to the questions or rules stops the build here instead of misleading a visitor.
checkSelfCheck(selfCheckModel);

type SelfCheckProps = {
  /** 2 on its own page, 3 inside a content page's section. */
  headingLevel?: HeadingLevel;
  /** A fresh request-call token, from pages rendered per request (see CallRequestSlot). */
  callRequestToken?: string;
};

/** The private "Is IOP a fit?" self-check: server-made parts (schedule, phone, actions) handed to the client guide. */
export function SelfCheck({ headingLevel = 3, callRequestToken }: SelfCheckProps) {
  return (
    <section
      aria-label="Private self-check"
      className="wide max-w-3xl space-y-6 rounded-xl bg-white p-5 ring-1 ring-line sm:p-8"
    >
      <div className="space-y-2 rounded-lg bg-brand-50 p-4 text-base">
        <p>
          <strong>Private.</strong> Your answers stay in this browser. We do not save them, and they never go in the web
          address. Nothing is sent to us unless you choose to send a call request.
          <noscript>
            {" "}
            With JavaScript off, your answers go to our server only to show your result. They are not saved.
          </noscript>
        </p>
        <p>
          <strong>Not a diagnosis.</strong> {questionCount} short questions can help you see what kind of care to ask
          about. A clinician decides at an assessment.
        </p>
      </div>
      <SelfCheckGuideLazy
        action={runSelfCheck}
        prepare={prepareCallRequest}
        requestCall={requestCall}
        permalink={selfCheckLink.href}
        headingLevel={headingLevel}
        callRequestToken={callRequestToken}
        centerName={center.name}
        formWords={catalogues.en.forms}
        timeZoneLabel={timeZoneName(center.timeZone)}
        callLink={<CallLink />}
        schedule={<SessionBlocks />}
      />
    </section>
  );
}
