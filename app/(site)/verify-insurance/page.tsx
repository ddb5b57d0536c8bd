import type { Metadata } from "next";
import { connection } from "next/server";
import { FormPage } from "@/components/forms/form-page";
import { VerifyInsuranceForm } from "@/components/forms/verify-insurance-form";
import { verifyInsurance } from "@/lib/actions/verify-insurance";
import { center } from "@/lib/center/schema";
import { timeZoneName } from "@/lib/center/hours";
import { issueFormToken } from "@/lib/leads/guard";
import { formatUsPhone, telHref } from "@/lib/phone";
import { formPageVisit, referringPage } from "@/lib/referring-page";
import { pageMetadata } from "@/lib/seo/metadata";

export const metadata: Metadata = pageMetadata({
  title: "Verify your insurance",
  description:
    "Send us your insurance details and we will check your benefits for intensive outpatient care for free, then call you to explain them.",
  path: "/verify-insurance",
});

export default async function VerifyInsurancePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const accepted = center.insurance.accepted.map((carrier) => carrier.name).join(", ");
  return (
    <FormPage
      title="Verify your insurance"
      intro={
        <>
          <p>
            We check your benefits for free and call you to explain what your plan may cover. It takes about 3 minutes.
            Have the insurance card nearby.
          </p>
          <p className="text-base text-muted">We work with plans including {accepted}.</p>
        </>
      }
    >
      <VerifyInsuranceForm
        action={verifyInsurance}
        token={await issueFormToken("insurance-check")}
        sourcePage={await referringPage("/verify-insurance")}
        visit={await formPageVisit("/verify-insurance", searchParams)}
        centerName={center.name}
        timeZoneLabel={timeZoneName(center.timeZone)}
        declinedPlans={center.insurance.notAccepted}
        phone={formatUsPhone(center.phones.admissions)}
        phoneHref={telHref(center.phones.admissions)}
      />
    </FormPage>
  );
}
