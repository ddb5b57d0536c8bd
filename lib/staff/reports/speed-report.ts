import "server-only";
import { center } from "@/lib/center/schema";
import { leadsReceived } from "@/lib/leads/work-reads";
import { speedFigures, weekStarts, type SpeedFigures } from "@/lib/staff/reports/speed";

export type SpeedReport = { thisWeek: SpeedFigures; lastWeek: SpeedFigures };

export async function speedToLead(now = new Date()): Promise<SpeedReport> {
  const { thisWeek, lastWeek } = weekStarts(now, center.timeZone);
  const rows = await leadsReceived(lastWeek.getTime(), Number.MAX_SAFE_INTEGER);
  const split = (from: number, to: number) =>
    speedFigures(rows.filter((r) => r.receivedAt >= from && r.receivedAt < to));
  return { thisWeek: split(thisWeek.getTime(), Infinity), lastWeek: split(lastWeek.getTime(), thisWeek.getTime()) };
}
