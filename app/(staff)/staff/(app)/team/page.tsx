import type { Metadata } from "next";
import { TeamManager } from "@/components/staff/team-manager";
import { formatInCenterZone } from "@/lib/center/hours";
import { center } from "@/lib/center/schema";
import { teamView } from "@/lib/staff/access/views";

export const metadata: Metadata = { title: "Staff accounts" };

export default async function TeamPage() {
  const { self, members: staff } = await teamView();
  const members = staff.map((m) => ({
    email: m.email,
    name: m.name,
    role: m.role,
    twoFactor: m.twoFactor,
    lastSignIn: m.lastSignInAt ? formatInCenterZone(m.lastSignInAt, center) : "never",
  }));
  return (
    <>
      <div className="space-y-4">
        <h1 className="text-3xl font-bold">Staff accounts</h1>
        <p className="max-w-prose">
          Everyone here signs in with a password and an authenticator code. A new account, or one whose phone was lost,
          gets a one-time set-up link valid 24 hours. The same is available on the server:{" "}
          <code>npm run staff -- help</code>.
        </p>
        <TeamManager members={members} self={self.email} />
      </div>
    </>
  );
}
