import { ChoiceGroup } from "@/components/forms/choice-group";
import { toOptions } from "@/components/forms/options";
import { bestTimes, yesNo } from "@/lib/forms/choices";
import type { FieldInput } from "@/components/forms/use-lead-form";
import { fill, useFormWords } from "@/components/forms/form-words";

type FieldProps = {
  input: FieldInput;
  error?: string;
  defaultValue?: string;
};

export function BestTimeField({ timeZoneLabel, ...field }: FieldProps & { timeZoneLabel: string }) {
  const { words } = useFormWords();
  return (
    <ChoiceGroup
      name="bestTime"
      legend={words.bestTimeLegend}
      hint={fill(words.timesAre, { zone: timeZoneLabel })}
      options={toOptions(bestTimes, words.bestTimes)}
      {...field}
    />
  );
}

/** Someone else may share the phone: what we say on a voicemail is the visitor's call. */
export function VoicemailField(field: FieldProps) {
  const { words } = useFormWords();
  return (
    <ChoiceGroup
      name="voicemailOk"
      legend={words.voicemailLegend}
      hint={words.voicemailHint}
      options={toOptions(yesNo, words.yesNo)}
      {...field}
    />
  );
}
