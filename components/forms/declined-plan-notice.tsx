import { fill, useFormWords } from "@/components/forms/form-words";

type DeclinedPlanNoticeProps = { plan?: { name: string; guidance: string }; phone: string; phoneHref: string };

/** Said the moment a plan we don't take is chosen, not after the form is sent. */
export function DeclinedPlanNotice({ plan, phone, phoneHref }: DeclinedPlanNoticeProps) {
  const { words } = useFormWords();
  return (
    <div role="status" aria-live="polite">
      {plan ? (
        <div className="mt-3 rounded-lg border-l-4 border-warm-700 bg-warm-50 p-4">
          <p className="font-bold">{fill(words.declinedTitle, { plan: plan.name })}</p>
          <p className="mt-1">{plan.guidance}</p>
          <p className="mt-1">
            {words.declinedCall}{" "}
            <a href={phoneHref} className="font-semibold text-brand-700 underline">
              {phone}
            </a>{" "}
            {words.declinedHelp}
          </p>
        </div>
      ) : null}
    </div>
  );
}
