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
import { AdultConsent } from "@/components/safety/adult-consent";
import { H2 } from "@/components/safety/h2";
import { LethalMeansSafety } from "@/components/safety/lethal-means-safety";
import { Lifeline988 } from "@/components/safety/lifeline-988";
import { NaloxoneFacts } from "@/components/safety/naloxone-facts";
import { OverdoseSteps } from "@/components/safety/overdose-steps";
import { RecoveryMedications } from "@/components/safety/recovery-medications";
import { WithdrawalWarning } from "@/components/safety/withdrawal-warning";
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
  AdultConsent,
  CallToAction,
  Callout,
  CenterName,
  ComparisonTable,
  CrisisLines: LocalCrisisLines,
  EditorialTeam,
  FaqList,
  H2,
  IfSameDayAssessment,
  LanguageTaglines,
  LeadRetentionDays,
  License,
  LethalMeansSafety,
  Lifeline988,
  NaloxoneFacts,
  NotAcceptedInsurance,
  OverdoseSteps,
  Phone,
  RecoveryMedications,
  ReviewInterval,
  SelfCheck,
  SessionBlocks,
  WeeklySchedule,
  WithdrawalWarning,
} satisfies MDXComponents;

export function useMDXComponents(): MDXComponents {
  return components;
}
