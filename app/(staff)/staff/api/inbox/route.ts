import { NextResponse, type NextRequest } from "next/server";
import { inboxItems, parseInboxFilter } from "@/lib/staff/requests/inbox";
import { lookupStaff, signInPath } from "@/lib/staff/access/session";

export const dynamic = "force-dynamic";

/** The inbox's poll. Not the person's activity: an open tab alone must still log off. */
export async function GET(request: NextRequest) {
  const found = await lookupStaff({ activity: false });
  if (found.status !== "ok") {
    const signIn =
      found.status === "setup-needed" ? "/staff/setup" : signInPath(found.status === "idle" ? "idle" : "signed-out");
    return NextResponse.json({ signIn }, { status: 401, headers: { "Cache-Control": "no-store" } });
  }
  const filter = parseInboxFilter(Object.fromEntries(request.nextUrl.searchParams));
  const now = new Date();
  return NextResponse.json(
    { items: await inboxItems(filter, now), now: now.getTime() },
    { headers: { "Cache-Control": "no-store" } },
  );
}
