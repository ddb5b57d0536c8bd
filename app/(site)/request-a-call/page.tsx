import type { Metadata } from "next";
import { connection } from "next/server";
import { FormPage } from "@/components/forms/form-page";
import { RequestCallForm } from "@/components/forms/request-call-form";
import { requestCall } from "@/lib/actions/request-call";
import { center } from "@/lib/center/schema";
import { timeZoneName } from "@/lib/center/hours";
import { issueFormToken } from "@/lib/leads/guard";
import { formPageVisit, referringPage } from "@/lib/referring-page";
import { pageMetadata } from "@/lib/seo/metadata";

export const metadata: Metadata = pageMetadata({
  title: "Request a call",
  description:
    "Leave your number and a member of our admissions team will call you back: free, private and with no pressure to commit.",
  path: "/request-a-call",
});

export default async function RequestCallPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  return (
    <FormPage
      title="Request a call"
      intro={
        <p>
          Tell us how to reach you and when. A member of our admissions team will call you back to listen, answer
          questions and talk through options. You can ask for yourself or for someone you care about.
        </p>
      }
    >
      <RequestCallForm
        action={requestCall}
        token={await issueFormToken("call-request")}
        sourcePage={await referringPage("/request-a-call")}
        visit={await formPageVisit("/request-a-call", searchParams)}
        centerName={center.name}
        timeZoneLabel={timeZoneName(center.timeZone)}
      />
    </FormPage>
  );
}
