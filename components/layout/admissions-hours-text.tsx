import { center } from "@/lib/center/schema";
import { describeHours, endSentence } from "@/lib/center/hours";
import { getRequestLocale } from "@/lib/i18n/request-locale";

/** The hours call requests are returned; `endsSentence` adds the closing period unless the time already has one. */
export function AdmissionsHoursText({ endsSentence = false }: { endsSentence?: boolean }) {
  const hours = describeHours(center.admissionsHours, getRequestLocale());
  return <>{endsSentence ? endSentence(hours) : hours}</>;
}
