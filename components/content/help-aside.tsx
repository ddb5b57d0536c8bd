import Link from "next/link";
import { CrisisNotice } from "@/components/crisis/crisis-help";
import { CallLink } from "@/components/layout/call-link";
import { AdmissionsHoursText } from "@/components/layout/admissions-hours-text";
import { formLinks } from "@/lib/navigation";

/** Beside a content page on wide screens: the ways to reach a person stay in view while reading. */
export function HelpAside() {
  return (
    <aside aria-label="Talk with us" className="no-print hidden h-full lg:block">
      <div className="sticky top-6 space-y-4 rounded-xl bg-white p-5 shadow-sm ring-1 ring-line">
        <p className="text-lg font-bold text-brand-900">Talk with a real person</p>
        <p className="text-base text-muted">Free, private and no pressure. Answered 24 hours a day.</p>
        <CallLink className="btn-primary w-full" label="Call" />
        <Link href={formLinks.requestCall.href} className="btn-secondary w-full">
          {formLinks.requestCall.label}
        </Link>
        <Link href={formLinks.verifyInsurance.href} className="btn-secondary w-full">
          {formLinks.verifyInsurance.label}
        </Link>
        <p className="text-sm text-muted">
          Call requests are returned <AdmissionsHoursText />.
        </p>
        <CrisisNotice variant="line" className="border-t border-line pt-3 text-sm" />
      </div>
    </aside>
  );
}
