"use client";

import { startTransition, useActionState, useEffect, useState, type FormEvent, type ReactNode } from "react";
import type { LeadAction } from "@/components/forms/use-lead-form";
import { CallRequestSlot, callRequestHeadingId } from "@/components/self-check/call-request-slot";
import { viewHeadingId, type HeadingLevel } from "@/components/self-check/heading";
import { AllQuestions, AudienceStep, QuestionStepper } from "@/components/self-check/question-steps";
import { ResultView } from "@/components/self-check/result-view";
import type { SelfCheckContent } from "@/lib/self-check/content";
import { evaluate } from "@/lib/self-check/evaluate";
import { nextState, startState, type Prepared, type SelfCheckState } from "@/lib/self-check/flow";
import type { Locale } from "@/lib/i18n/locales";
import { isHelpNow, type Answers, type Audience } from "@/lib/self-check/model";
import { buildSummary, type SummaryChoice } from "@/lib/self-check/summary";
import { fill, type FormWords } from "@/components/forms/form-words";
import type { SelfCheckWords } from "@/components/self-check/words";

type StepView = { stage: "step"; audience: Audience; answers: Answers; index: number; error?: string };
type View = SelfCheckState | StepView;

type SelfCheckGuideProps = {
  /** Answers posted without JavaScript; with it, everything happens here in the browser. */
  action: (previous: SelfCheckState, formData: FormData) => Promise<SelfCheckState>;
  prepare: (summary: string) => Promise<Prepared>;
  requestCall: LeadAction;
  /** Where posts without JavaScript land, so the same component can answer them on its own page. */
  permalink: string;
  headingLevel: HeadingLevel;
  callRequestToken?: string;
  centerName: string;
  /** The request-call form's words (the "forms" messages). */
  formWords: FormWords;
  timeZoneLabel: string;
  callLink: ReactNode;
  schedule: ReactNode;
  locale: Locale;
  /** Every question, rule and result in the page's language (lib/self-check/localize.ts). */
  content: SelfCheckContent;
  words: SelfCheckWords;
};

export function SelfCheckGuide(props: SelfCheckGuideProps) {
  const { action, prepare, permalink, headingLevel, callRequestToken, callLink, schedule } = props;
  const { locale, content, words } = props;
  const { questions } = content;
  const language = { locale, content, words };
  const [serverState, formAction] = useActionState(action, startState, permalink);
  const [local, setLocal] = useState<View | null>(null);
  const [resumeAt, setResumeAt] = useState(0);
  const [formKey, setFormKey] = useState(0);
  const [preparing, setPreparing] = useState(false);
  const [prepareError, setPrepareError] = useState<string>();
  const [announcement, setAnnouncement] = useState("");
  const [focusRequest, setFocusRequest] = useState<{ id: string; count: number }>();
  const view: View = local ?? serverState;
  // A page the server rendered after a post without JavaScript focuses its step on load
  // (the autofocus attribute); here, focus follows each step the visitor takes, never page load.
  const postedBack = serverState !== startState;
  const prepared = view.stage === "result" ? view.prepared : undefined;

  useEffect(() => {
    if (focusRequest) document.getElementById(focusRequest.id)?.focus();
  }, [focusRequest]);

  const go = (next: View, focusId = viewHeadingId) => {
    setLocal(next);
    setFocusRequest((previous) => ({ id: focusId, count: (previous?.count ?? 0) + 1 }));
  };

  const showResult = (audience: Audience, answers: Answers, index: number) => {
    setResumeAt(index);
    go({ stage: "result", audience, answers });
    setAnnouncement(fill(words.announceResult, { title: content.results[evaluate(answers, content).result].title }));
  };

  const openCallRequest = async (audience: Audience, answers: Answers, include: SummaryChoice) => {
    if (preparing) return;
    setPreparing(true);
    setPrepareError(undefined);
    try {
      // Only the summary the visitor chose goes to the server, never the answers themselves.
      const ready = await prepare(buildSummary(audience, answers, include, content));
      startTransition(() => {
        setFormKey((key) => key + 1);
        go({ stage: "result", audience, answers, include, prepared: ready }, callRequestHeadingId);
      });
    } catch {
      setPrepareError(words.prepareFailed);
    } finally {
      setPreparing(false);
    }
  };

  /** The audience, all-at-once and result forms: the same steps the server takes, taken here instead. */
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const intent = submitter instanceof HTMLButtonElement ? submitter.value : "result";
    const formData = new FormData(event.currentTarget);
    formData.set("intent", intent);
    const next = nextState(formData);
    const kept = "answers" in view ? view.answers : {};
    if (intent !== "prepare") setFormKey((key) => key + 1);
    if (next.stage === "questions") {
      const index = intent === "edit" ? resumeAt : 0;
      go({ stage: "step", audience: next.audience, answers: { ...kept, ...next.answers }, index });
    } else if (next.stage === "result" && next.include) {
      void openCallRequest(next.audience, next.answers, next.include);
    } else if (next.stage === "result") {
      showResult(next.audience, next.answers, questions.length - 1);
    } else if (intent === "restart") {
      setResumeAt(0);
      go(next);
    } else {
      go({ ...next, answers: kept });
    }
  };

  const stepper = (step: StepView) => ({
    onAnswer: (questionId: string, value: string) =>
      setLocal({ ...step, answers: { ...step.answers, [questionId]: value }, error: undefined }),
    onNext: () => {
      if (!step.answers[questions[step.index].id]) return setLocal({ ...step, error: words.pickAnswer });
      // A safety answer ends the questions at once: help comes before anything else.
      const last = step.index === questions.length - 1;
      if (last || isHelpNow(evaluate(step.answers, content).result))
        return showResult(step.audience, step.answers, step.index);
      go({ ...step, index: step.index + 1, error: undefined });
    },
    onBack: () =>
      go(
        step.index === 0
          ? { stage: "audience", audience: step.audience, answers: step.answers }
          : { ...step, index: step.index - 1, error: undefined },
      ),
  });

  const handlers = { formAction, onSubmit };
  return (
    <div className="group/sc">
      <p role="status" className="sr-only">
        {announcement}
      </p>
      <div className={view.stage === "audience" ? "group-has-[#form-errors]/sc:hidden" : undefined}>
        {view.stage === "audience" ? (
          <AudienceStep
            {...language}
            {...handlers}
            audience={view.audience}
            error={view.missing ? words.audienceError : undefined}
            headingLevel={headingLevel}
            autoFocus={postedBack}
          />
        ) : null}
        {view.stage === "step" ? (
          <QuestionStepper {...language} {...view} {...stepper(view)} headingLevel={headingLevel} />
        ) : null}
        {view.stage === "questions" ? (
          <AllQuestions {...language} {...view} {...handlers} headingLevel={headingLevel} autoFocus={postedBack} />
        ) : null}
        {view.stage === "result" ? (
          <ResultView
            {...view}
            {...language}
            {...handlers}
            headingLevel={headingLevel}
            autoFocus={postedBack && !prepared}
            preparing={preparing}
            prepareError={prepareError}
            callLink={callLink}
            schedule={schedule}
          />
        ) : null}
      </div>
      <CallRequestSlot
        token={prepared?.token ?? callRequestToken}
        note={prepared?.summary}
        open={Boolean(prepared)}
        formKey={formKey}
        headingLevel={headingLevel}
        autoFocus={Boolean(prepared) && postedBack}
        requestCall={props.requestCall}
        centerName={props.centerName}
        formWords={props.formWords}
        timeZoneLabel={props.timeZoneLabel}
        locale={locale}
        words={words}
      />
    </div>
  );
}
