import { fillNodes } from "@/components/crisis/fill-nodes";
import { emergency } from "@/components/crisis/lines";
import { Items, SafetyBox, safetyText } from "@/components/safety/safety-box";

/** For MDX (`<OverdoseSteps />`): the signs of an opioid overdose and what to do, step by step. */
export function OverdoseSteps() {
  const { overdose } = safetyText().words;
  const { call, ...rest } = overdose.steps;
  return (
    <SafetyBox tone="danger">
      <p className="font-bold">{overdose.signsIntro}</p>
      <Items items={overdose.signs} />
      <p className="font-bold">{overdose.stepsIntro}</p>
      <ol>
        <li>
          {fillNodes(call, {
            call911: (
              <a href={emergency.call} className="font-bold">
                {emergency.number}
              </a>
            ),
          })}
        </li>
        {Object.entries(rest).map(([key, text]) => (
          <li key={key}>{text}</li>
        ))}
      </ol>
    </SafetyBox>
  );
}
