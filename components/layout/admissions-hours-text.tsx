import { center } from "@/lib/center/schema";
import { describeHours } from "@/lib/center/hours";
import { getRequestLocale } from "@/lib/i18n/request-locale";

export function AdmissionsHoursText() {
  return <>{describeHours(center.admissionsHours, getRequestLocale())}</>;
}
