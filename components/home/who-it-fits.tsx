import Link from "next/link";

const fits = [
  {
    title: "You need more than a weekly therapy visit",
    body: "Cravings, use or symptoms keep getting in the way, and one hour a week is not enough support.",
  },
  {
    title: "You are stepping down from a higher level of care",
    body: "You finished detox, residential or a day program (PHP) and want steady support as you return home.",
  },
  {
    title: "Substance use and mental health are tangled together",
    body: "Many people face drinking or drug use along with anxiety, depression or trauma. We treat both together.",
  },
  {
    title: "Life can’t be put on hold",
    body: "Work, school or family need you. Groups run a few hours a day, so you keep living at home.",
  },
];

export function WhoItFits() {
  return (
    <section aria-labelledby="fits-title" className="mx-auto max-w-6xl px-4 py-12">
      <h2 id="fits-title" className="text-3xl font-bold text-brand-900">
        Who our program is for
      </h2>
      <ul className="mt-6 grid gap-4 sm:grid-cols-2">
        {fits.map((fit) => (
          <li key={fit.title} className="rounded-xl border border-line bg-white p-5">
            <h3 className="text-lg font-bold text-brand-900">{fit.title}</h3>
            <p className="mt-2">{fit.body}</p>
          </li>
        ))}
      </ul>
      <div className="mt-6 rounded-xl border-l-4 border-warm-700 bg-warm-50 p-5">
        <h3 className="font-bold">Some people need a different kind of care first</h3>
        <p className="mt-1">
          If stopping alcohol or drugs could cause dangerous withdrawal, or home is not safe right now, a higher level
          of care may come first. This is general information, not a diagnosis: a clinician helps you decide at a free
          assessment.
        </p>
        <p className="mt-2">
          <Link href="/is-iop-right-for-me" className="font-semibold text-brand-700 underline">
            See if IOP may fit you or someone you love
          </Link>
        </p>
      </div>
    </section>
  );
}
