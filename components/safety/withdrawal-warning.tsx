import { SafetyBox, safetyText } from "@/components/safety/safety-box";

type Part = "sedatives" | "opioids";

/**
 * For MDX (`<WithdrawalWarning />`): stopping alcohol or sedatives at once can kill, opioid
 * withdrawal rarely does but lost tolerance can, and our IOP does not offer detox. `only`
 * shows one of the two substances (the detox sentence always shows).
 */
export function WithdrawalWarning({ only }: { only?: Part }) {
  const { withdrawal } = safetyText().words;
  const shows = (part: Part) => !only || only === part;
  return (
    <SafetyBox tone="warning">
      {shows("sedatives") ? (
        <>
          <p className="font-bold">{withdrawal.sedativesTitle}</p>
          <p>{withdrawal.sedatives}</p>
          <p>{withdrawal.sedativesDoctor}</p>
        </>
      ) : null}
      {shows("opioids") ? (
        <>
          <p className="font-bold">{withdrawal.opioidsTitle}</p>
          <p>{withdrawal.opioids}</p>
        </>
      ) : null}
      <p>{withdrawal.ourIop}</p>
    </SafetyBox>
  );
}
