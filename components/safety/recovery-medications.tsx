import { Items, SafetyBox, safetyText } from "@/components/safety/safety-box";

/** For MDX (`<RecoveryMedications />`): medication for opioid and alcohol use disorders is treatment. */
export function RecoveryMedications() {
  return (
    <SafetyBox>
      <Items items={safetyText().words.medications.items} />
    </SafetyBox>
  );
}
