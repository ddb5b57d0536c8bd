import { center } from "@/lib/center";
import { describeHours } from "@/lib/hours";

export function AdmissionsHoursText() {
  return <>{describeHours(center.admissionsHours)}</>;
}
