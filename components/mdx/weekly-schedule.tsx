import { formatLabel } from "@/components/mdx/session-blocks";
import { dayNamesIn, formatRange, timeZoneName, weekdays } from "@/lib/center/hours";
import { centerText } from "@/lib/center/localized";
import { center } from "@/lib/center/schema";
import { getRequestLocale } from "@/lib/i18n/request-locale";
import { translator } from "@/lib/i18n/translate";

/** The week at a glance: one row per session block, one column per day the program meets. */
export function WeeklySchedule() {
  const locale = getRequestLocale();
  const t = translator(locale, "center");
  const words = centerText(locale);
  const dayNames = dayNamesIn(locale);
  const days = weekdays.filter((day) => center.sessionBlocks.some((block) => block.days.includes(day)));
  return (
    <div className="wide max-w-4xl">
      <p>{t("scheduleIntro", { zone: timeZoneName(center.timeZone, locale) })}</p>
      <div className="-mx-4 mt-3 overflow-x-auto px-4" role="region" aria-label={t("scheduleLabel")} tabIndex={0}>
        <table className="w-full min-w-[32rem] border-collapse text-left">
          <caption className="mb-2 text-left font-semibold text-muted">{t("scheduleCaption")}</caption>
          <thead>
            <tr className="border-b-2 border-brand-700">
              <th scope="col" className="p-2">
                {t("session")}
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
                  {words.sessionLabel(block)}
                  <span className="block text-sm font-normal text-muted">
                    {formatRange(block.start, block.end, locale)}, {formatLabel(block.formats, locale)}
                  </span>
                </th>
                {days.map((day) => (
                  <td key={day} className="p-2 text-center">
                    {block.days.includes(day) ? (
                      <span className="inline-block rounded bg-brand-100 px-2 py-0.5 text-sm font-semibold text-brand-900">
                        {t("group")}
                      </span>
                    ) : (
                      <span className="text-muted">
                        <span aria-hidden="true">–</span>
                        <span className="sr-only">{t("noSession")}</span>
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
