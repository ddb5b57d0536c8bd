import type { NextRequest } from "next/server";
import { inboxPoll } from "@/lib/staff/access/views";

export const dynamic = "force-dynamic";

/** The inbox's poll. Not the person's activity: an open tab alone must still log off. */
export function GET(request: NextRequest) {
  return inboxPoll(request.nextUrl.searchParams);
}
