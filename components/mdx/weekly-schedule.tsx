import { center } from "@/lib/center/schema";
import { formatLabel } from "@/components/mdx/session-blocks";
import { formatRange, timeZoneName } from "@/lib/center/hours";
import { dayNames, weekdays } from "@/lib/center/hours";

/** The week at a glance: one row per session block, one column per day the program meets. */
export function WeeklySchedule() {
  const days = weekdays.filter((day) => center.sessionBlocks.some((block) => block.days.includes(day)));
  return (
    <div className="wide max-w-4xl">
      <p>
        Times are {timeZoneName(center.timeZone)}. Most people attend one session block on each day the program meets.
      </p>
      <div className="-mx-4 mt-3 overflow-x-auto px-4" role="region" aria-label="Weekly schedule" tabIndex={0}>
        <table className="w-full min-w-[32rem] border-collapse text-left">
          <caption className="mb-2 text-left font-semibold text-muted">Weekly group schedule</caption>
          <thead>
            <tr className="border-b-2 border-brand-700">
              <th scope="col" className="p-2">
                Session
              </th>
              {days.map((day) => (
                <th key={day} scope="col" className="p-2 text-center">
                  <abbr title={dayNames[day]} className="no-underline">
                    {dayNames[day].slice(0, 3)}
                  </abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {center.sessionBlocks.map((block) => (
              <tr key={block.id} className="border-b border-line">
                <th scope="row" className="p-2 font-semibold">
                  {block.label}
                  <span className="block text-sm font-normal text-muted">
                    {formatRange(block.start, block.end)}, {formatLabel(block.formats)}
                  </span>
                </th>
                {days.map((day) => (
                  <td key={day} className="p-2 text-center">
                    {block.days.includes(day) ? (
                      <span className="inline-block rounded bg-brand-100 px-2 py-0.5 text-sm font-semibold text-brand-900">
                        Group
                      </span>
                    ) : (
                      <span className="text-muted">
                        <span aria-hidden="true">–</span>
                        <span className="sr-only">No session</span>
                      </span>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
