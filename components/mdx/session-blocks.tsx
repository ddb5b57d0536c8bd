import { centerText } from "@/lib/center/localized";
import { center } from "@/lib/center/schema";
import type { SessionBlock } from "@/lib/center/schema";
import { formatDays, formatRange, timeZoneName } from "@/lib/center/hours";
import type { Locale } from "@/lib/i18n/locales";
import { getRequestLocale } from "@/lib/i18n/request-locale";
import { translator } from "@/lib/i18n/translate";

export function formatLabel(formats: SessionBlock["formats"], locale: Locale = "en"): string {
  const t = translator(locale, "center");
  const names = formats.map((f) => (f === "in-person" ? t("inPerson") : t("online")));
  return names.join(` ${t("or")} `);
}

export function SessionBlocks() {
  const locale = getRequestLocale();
  const words = centerText(locale);
  return (
    <ul className="grid list-none gap-3 pl-0 sm:grid-cols-3" role="list">
      {center.sessionBlocks.map((block) => (
        <li key={block.id} className="rounded-lg border border-line bg-white p-4">
          <p className="text-lg font-bold text-brand-900">{words.sessionLabel(block)}</p>
          <p>{formatRange(block.start, block.end, locale)}</p>
          <p className="text-muted">{formatDays(block.days, locale)}</p>
          <p className="text-muted">{formatLabel(block.formats, locale)}</p>
        </li>
      ))}
      <li className="text-sm text-muted sm:col-span-3">
        {translator(locale, "center")("timesAre", { zone: timeZoneName(center.timeZone, locale) })}
      </li>
    </ul>
  );
}
