import { Items, SafetyBox, safetyText } from "@/components/safety/safety-box";

/** For MDX (`<NaloxoneFacts />`): naloxone, fentanyl in the supply, never using alone, lost tolerance. */
export function NaloxoneFacts() {
  return (
    <SafetyBox>
      <Items items={safetyText().words.naloxone.items} />
    </SafetyBox>
  );
}
