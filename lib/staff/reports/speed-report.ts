import "server-only";
import { center } from "@/lib/center/schema";
import { database } from "@/lib/db/connection";
import { speedFigures, weekStarts, type SpeedFigures } from "@/lib/staff/reports/speed";

export type SpeedReport = { thisWeek: SpeedFigures; lastWeek: SpeedFigures };

export async function speedToLead(now = new Date()): Promise<SpeedReport> {
  const { thisWeek, lastWeek } = weekStarts(now, center.timeZone);
  const { db } = await database();
  const rows = await db
    .selectFrom("leads")
    .select(["received_at", "first_action_at"])
    .where("received_at", ">=", lastWeek.getTime())
    .execute();
  const split = (from: number, to: number) =>
    speedFigures(
      rows
        .filter((r) => r.received_at >= from && r.received_at < to)
        .map((r) => ({ receivedAt: r.received_at, firstActionAt: r.first_action_at })),
    );
  return { thisWeek: split(thisWeek.getTime(), Infinity), lastWeek: split(lastWeek.getTime(), thisWeek.getTime()) };
}
