import type { MDXComponents } from "mdx/types";
import Link from "next/link";
import type { ComponentPropsWithoutRef } from "react";
import { AftercareOptions } from "@/components/mdx/aftercare-options";
import { CallToAction } from "@/components/mdx/call-to-action";
import { Callout } from "@/components/mdx/callout";
import {
  Address,
  AdmissionsHours,
  CenterName,
  IfSameDayAssessment,
  LanguageTaglines,
  LeadRetentionDays,
  License,
  Phone,
} from "@/components/mdx/center-contact";
import { ComparisonTable } from "@/components/mdx/comparison-table";
import { CrisisLines } from "@/components/crisis/crisis-help";
import { EditorialTeam, ReviewInterval } from "@/components/mdx/editorial-team";
import { FaqList } from "@/components/mdx/faq-list";
import { AcceptedInsurance, NotAcceptedInsurance } from "@/components/mdx/insurance-lists";
import { SessionBlocks } from "@/components/mdx/session-blocks";
import { WeeklySchedule } from "@/components/mdx/weekly-schedule";
import { SelfCheck } from "@/components/self-check/self-check";
import { getRequestLocale } from "@/lib/i18n/request-locale";

/** The crisis cards in the language of the page being rendered. */
function LocalCrisisLines() {
  return <CrisisLines locale={getRequestLocale()} />;
}

function Anchor({ href = "", children, ...props }: ComponentPropsWithoutRef<"a">) {
  if (href.startsWith("/") || href.startsWith("#")) {
    return (
      <Link href={href} {...props}>
        {children}
      </Link>
    );
  }
  return (
    <a href={href} rel="noopener noreferrer" {...props}>
      {children}
    </a>
  );
}

const components = {
  a: Anchor,
  Address,
  AftercareOptions,
  AdmissionsHours,
  AcceptedInsurance,
  CallToAction,
  Callout,
  CenterName,
  ComparisonTable,
  CrisisLines: LocalCrisisLines,
  EditorialTeam,
  FaqList,
  IfSameDayAssessment,
  LanguageTaglines,
  LeadRetentionDays,
  License,
  NotAcceptedInsurance,
  Phone,
  ReviewInterval,
  SelfCheck,
  SessionBlocks,
  WeeklySchedule,
} satisfies MDXComponents;

export function useMDXComponents(): MDXComponents {
  return components;
}
