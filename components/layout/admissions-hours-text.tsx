import { center } from "@/lib/center";
import { describeHours } from "@/lib/center/hours";

export function AdmissionsHoursText() {
  return <>{describeHours(center.admissionsHours)}</>;
}
