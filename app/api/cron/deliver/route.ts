import { timingSafeEqual } from "node:crypto";
import { getEnv } from "@/lib/env";
import { deliverDue } from "@/lib/leads/delivery";

/**
 * One delivery pass, for platforms whose processes do not live long enough to run the
 * retry timer: their scheduler calls this every minute with `Authorization: Bearer
 * $CRON_SECRET`. Without CRON_SECRET the route does not exist.
 */
export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  const secret = getEnv().CRON_SECRET;
  if (!secret) return new Response("Not found", { status: 404 });
  const given = Buffer.from(request.headers.get("authorization") ?? "");
  const expected = Buffer.from(`Bearer ${secret}`);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return new Response("Unauthorized", { status: 401 });
  }
  const outcomes = await deliverDue();
  const sent = outcomes.filter((o) => o.outcome === "sent").length;
  return Response.json({ sent, failed: outcomes.length - sent }, { headers: { "Cache-Control": "no-store" } });
}
