import type { Metadata } from "next";
import { SetupForm } from "@/components/staff/setup-form";
import { setupSession } from "@/lib/staff/auth/setup";
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
    const { staff } = await setupSession();
    initial = { step: "reshow", email: staff.email } as const;
  }
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-3xl font-bold">Set up your staff account</h1>
      <p>Staff sign in with a password and a code from an authenticator app on their phone, every time.</p>
      <SetupForm initial={initial} />
    </div>
  );
}
