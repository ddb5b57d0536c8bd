import { ChoiceGroup } from "@/components/forms/choice-group";
import { toOptions } from "@/components/forms/options";
import { bestTimeLabels, bestTimes, yesNo, yesNoLabels } from "@/lib/forms/choices";
import type { FieldInput } from "@/components/forms/use-lead-form";

type FieldProps = {
  input: FieldInput;
  error?: string;
  defaultValue?: string;
};

export function BestTimeField({ timeZoneLabel, ...field }: FieldProps & { timeZoneLabel: string }) {
  return (
    <ChoiceGroup
      name="bestTime"
      legend="Best time to call"
      hint={`Times are ${timeZoneLabel}.`}
      options={toOptions(bestTimes, bestTimeLabels)}
      {...field}
    />
  );
}

/** Someone else may share the phone: what we say on a voicemail is the visitor's call. */
export function VoicemailField(field: FieldProps) {
  return (
    <ChoiceGroup
      name="voicemailOk"
      legend="May we leave a voicemail?"
      hint="We only say our first name and that we are returning your call."
      options={toOptions(yesNo, yesNoLabels)}
      {...field}
    />
  );
}
