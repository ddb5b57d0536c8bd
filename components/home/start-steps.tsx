import { CallToAction } from "@/components/mdx/call-to-action";

const steps = [
  {
    title: "Reach out",
    body: "Call any time, or ask us to call you. We listen, answer questions and check your insurance.",
  },
  { title: "Free assessment", body: "A clinician talks with you about your needs and which level of care fits best." },
  { title: "Start your plan", body: "You choose a session time that works for you, and we build a plan with you." },
];

export function StartSteps() {
  return (
    <section aria-labelledby="steps-title" className="bg-white py-12">
      <div className="mx-auto max-w-6xl px-4">
        <h2 id="steps-title" className="text-3xl font-bold text-brand-900">
          How to get started
        </h2>
        <ol className="mt-6 grid gap-4 sm:grid-cols-3">
          {steps.map((step, index) => (
            <li key={step.title} className="rounded-xl border border-line p-5">
              <p className="flex items-center gap-3 text-lg font-bold text-brand-900">
                <span
                  aria-hidden="true"
                  className="grid size-9 place-items-center rounded-full bg-brand-700 text-white"
                >
                  {index + 1}
                </span>
                {step.title}
              </p>
              <p className="mt-2">{step.body}</p>
            </li>
          ))}
        </ol>
        <div className="mt-8">
          <CallToAction title="Ready to talk?" />
        </div>
      </div>
    </section>
  );
}
