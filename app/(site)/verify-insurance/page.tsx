import type { Metadata } from "next";
import { appPages } from "@/lib/i18n/paths";
import { connection } from "next/server";
import { FormPage } from "@/components/forms/form-page";
import { VerifyInsuranceForm } from "@/components/forms/verify-insurance-form";
import { verifyInsurance } from "@/lib/actions/verify-insurance";
import { center } from "@/lib/center/schema";
import { timeZoneName } from "@/lib/center/hours";
import { issueFormToken } from "@/lib/leads/guard";
import { formatUsPhone, telHref } from "@/lib/phone";
import { referringPage } from "@/lib/referring-page";
import { pageMetadata } from "@/lib/seo/metadata";

export const metadata: Metadata = pageMetadata({
  title: "Verify your insurance",
  description:
    "Send us your insurance details and we will check your benefits for intensive outpatient care for free, then call you to explain them.",
  paths: appPages.verifyInsurance,
});

export default async function VerifyInsurancePage() {
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
        centerName={center.name}
        timeZoneLabel={timeZoneName(center.timeZone)}
        declinedPlans={center.insurance.notAccepted}
        phone={formatUsPhone(center.phones.admissions)}
        phoneHref={telHref(center.phones.admissions)}
      />
    </FormPage>
  );
}
