import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleList } from "@/components/articles/article-list";
import { Breadcrumbs } from "@/components/articles/breadcrumbs";
import { ReadingFrame } from "@/components/articles/reading-frame";
import { PersonDetails } from "@/components/people/person-details";
import { JsonLd } from "@/components/seo/json-ld";
import { articlesBy } from "@/lib/articles/load";
import { center } from "@/lib/center/schema";
import { nameWithCredentials, personPath } from "@/lib/people";
import { personPageJsonLd } from "@/lib/seo/article-json-ld";
import { pageMetadata } from "@/lib/seo/metadata";
import { siteUrl } from "@/lib/seo/site-url";

export const dynamicParams = false;

type Props = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  return center.people.map(({ slug }) => ({ slug }));
}

function findPerson(slug: string) {
  return center.people.find((p) => p.slug === slug);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const person = findPerson((await params).slug);
  if (!person) return {};
  return pageMetadata({
    title: nameWithCredentials(person),
    description: `${person.name}, ${person.jobTitle.toLowerCase()} at ${center.name}: credentials, background, and the articles ${person.name.split(" ")[0]} has written or reviewed.`,
    path: personPath(person),
  });
}

export default async function PersonRoute({ params }: Props) {
  const person = findPerson((await params).slug);
  if (!person) notFound();
  const written = articlesBy(person.slug).filter((a) => a.author.slug === person.slug);
  const reviewed = articlesBy(person.slug).filter((a) => a.reviewer.slug === person.slug);
  return (
    <ReadingFrame>
      <JsonLd data={personPageJsonLd(person, siteUrl)} />
      <Breadcrumbs
        trail={[
          { href: "/", label: "Home" },
          { href: "/editorial-policy", label: "Editorial policy" },
        ]}
        current={person.name}
      />
      <PersonDetails person={person} />
      {written.length ? (
        <section aria-labelledby="written-title" className="mt-10">
          <h2 id="written-title" className="text-2xl font-bold text-brand-900">
            Articles by {person.name}
          </h2>
          <ArticleList articles={written} headingLevel={3} />
        </section>
      ) : null}
      {reviewed.length ? (
        <section aria-labelledby="reviewed-title" className="mt-10">
          <h2 id="reviewed-title" className="text-2xl font-bold text-brand-900">
            Articles reviewed by {person.name}
          </h2>
          <ArticleList articles={reviewed} headingLevel={3} />
        </section>
      ) : null}
    </ReadingFrame>
  );
}
