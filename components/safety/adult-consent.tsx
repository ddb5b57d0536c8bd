import { SafetyBox, safetyText } from "@/components/safety/safety-box";

/** For MDX (`<AdultConsent />`): an adult decides; what we share about a client, and when the law allows more. */
export function AdultConsent() {
  const { consent } = safetyText().words;
  return (
    <SafetyBox>
      <p>{consent.adult}</p>
      <p>{consent.family}</p>
      <p>{consent.permission}</p>
      <p>{consent.exceptions}</p>
    </SafetyBox>
  );
}
