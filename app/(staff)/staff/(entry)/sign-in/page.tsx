import type { Metadata } from "next";
import Link from "next/link";
import { SignInForm } from "@/components/staff/sign-in-form";
import { safeNext } from "@/lib/staff/access/session";

export const metadata: Metadata = { title: "Sign in" };

const NOTICES: Record<string, string> = {
  idle: "You were signed out after a while without activity. Sign in again to continue.",
  "signed-out": "You're signed out.",
};

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const next = safeNext(params.next);
  const reason = typeof params.reason === "string" ? params.reason : undefined;
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-3xl font-bold">Staff sign-in</h1>
      <SignInForm next={next} notice={reason ? NOTICES[reason] : undefined} />
      {next ? (
        <p className="text-sm text-muted">
          Opened this from an email and already signed in on this device?{" "}
          <Link href={next} prefetch={false} className="font-semibold text-brand-700 underline">
            Continue to the page you asked for
          </Link>
          .
        </p>
      ) : null}
      <p className="text-sm text-muted">No account, or lost your phone? An admin can send you a new set-up link.</p>
    </div>
  );
}
