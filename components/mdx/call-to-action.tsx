import Link from "next/link";
import { CallLink } from "@/components/layout/call-link";
import { center } from "@/lib/center/schema";
import { formLinks } from "@/lib/navigation";

type CallToActionProps = { title?: string };

export function CallToAction({ title = "Talk with our admissions team" }: CallToActionProps) {
  return (
    <section aria-labelledby="cta-title" className="no-print rounded-xl bg-brand-50 p-6 ring-1 ring-brand-100 sm:p-8">
      <h2 id="cta-title" className="text-2xl font-bold text-brand-900">
        {title}
      </h2>
      <p className="mt-2 max-w-prose">
        A real person answers, day or night. The call is free and private, and there is no pressure to sign up.
        {center.sameDayAssessment ? " Assessments are often possible the same day." : null}
      </p>
      <div className="mt-5 flex flex-wrap gap-3">
        <CallLink />
        <Link href={formLinks.requestCall.href} className="btn-secondary">
          {formLinks.requestCall.label}
        </Link>
        <Link href={formLinks.verifyInsurance.href} className="btn-secondary">
          {formLinks.verifyInsurance.label}
        </Link>
      </div>
    </section>
  );
}
