import { center } from "@/lib/center/schema";
import { describeHours } from "@/lib/center/hours";

export function AdmissionsHoursText() {
  return <>{describeHours(center.admissionsHours)}</>;
}
