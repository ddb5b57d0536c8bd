import { Items, SafetyBox, safetyText } from "@/components/safety/safety-box";

/** For MDX (`<LethalMeansSafety />`): what a family can do at home: medicines, firearms, naloxone. */
export function LethalMeansSafety() {
  const { lethalMeans } = safetyText().words;
  return (
    <SafetyBox tone="warning">
      <p className="font-bold">{lethalMeans.intro}</p>
      <Items items={lethalMeans.items} />
      <p>{lethalMeans.why}</p>
    </SafetyBox>
  );
}
