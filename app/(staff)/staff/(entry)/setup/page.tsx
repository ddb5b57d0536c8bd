import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SetupForm } from "@/components/staff/setup-form";
import { lookupStaff } from "@/lib/staff/access/session";
import { setupLinkUser } from "@/lib/staff/auth/setup-link";

export const metadata: Metadata = { title: "Set up your account" };

export default async function SetupPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { token } = await searchParams;
  let initial;
  if (typeof token === "string") {
    const user = await setupLinkUser(token);
    initial = user
      ? ({ step: "password", token, email: user.email } as const)
      : ({
          step: "password",
          message: "This set-up link has expired or was already used. Ask an admin for a new one.",
        } as const);
  } else {
    const found = await lookupStaff({ activity: true });
    if (found.status === "ok") redirect("/staff");
    if (found.status !== "setup-needed") redirect("/staff/sign-in");
    initial = { step: "reshow", email: found.staff.email } as const;
  }
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-3xl font-bold">Set up your staff account</h1>
      <p>Staff sign in with a password and a code from an authenticator app on their phone, every time.</p>
      <SetupForm initial={initial} />
    </div>
  );
}
