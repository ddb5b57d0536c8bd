"use client";
import { useCallback, useEffect, useRef, useState } from "react";

/**
 * New requests announced while the inbox sits in a background tab: the browser's own
 * notification (after the staff member turns it on and the browser allows it; no push
 * service, nothing leaves the machine) and, if chosen, a short tone made in the page. The
 * notification says only "New call request": a lock screen is no place for a name. The choice
 * is kept in this browser only.
 */
const KEY = "inbox-alerts";
type Choice = { notify: boolean; sound: boolean };

function saved(): Choice {
  try {
    const value = JSON.parse(localStorage.getItem(KEY) ?? "{}") as Partial<Choice>;
    return { notify: value.notify === true, sound: value.sound === true };
  } catch {
    return { notify: false, sound: false };
  }
}

function tone(context: AudioContext): void {
  const oscillator = context.createOscillator();
  const gain = context.createGain();
  oscillator.frequency.value = 880;
  gain.gain.setValueAtTime(0.15, context.currentTime);
  gain.gain.exponentialRampToValueAtTime(0.001, context.currentTime + 0.4);
  oscillator.connect(gain).connect(context.destination);
  oscillator.start();
  oscillator.stop(context.currentTime + 0.4);
}

export function useArrivalAlerts() {
  const [choice, setChoice] = useState<Choice>({ notify: false, sound: false });
  const [message, setMessage] = useState("");
  const audio = useRef<AudioContext | null>(null);
  const supported = typeof window !== "undefined" && "Notification" in window;

  useEffect(() => {
    const stored = saved();
    // Read after mount: the server can't know this browser's choice.
    queueMicrotask(() => setChoice(stored));
  }, []);

  const update = useCallback((next: Choice) => {
    setChoice(next);
    try {
      localStorage.setItem(KEY, JSON.stringify(next));
    } catch {
      // Storage off: the choice lasts as long as the page.
    }
  }, []);

  const toggleNotify = useCallback(async () => {
    if (choice.notify) return update({ ...choice, notify: false });
    const permission = Notification.permission === "default" ? await Notification.requestPermission() : Notification.permission;
    if (permission !== "granted") {
      setMessage("This browser blocks notifications from this site. Allow them in the site settings, then try again.");
      return;
    }
    setMessage("");
    update({ ...choice, notify: true });
  }, [choice, update]);

  const toggleSound = useCallback(() => {
    // Made on a click, so the browser lets it play later.
    audio.current ??= new AudioContext();
    update({ ...choice, sound: !choice.sound });
  }, [choice, update]);

  const announce = useCallback(() => {
    if (choice.sound && audio.current) tone(audio.current);
    if (choice.notify && supported && Notification.permission === "granted" && document.visibilityState === "hidden") {
      new Notification("New call request", { tag: "new-call-request" });
    }
  }, [choice, supported]);

  return { choice, message, supported, toggleNotify, toggleSound, announce };
}

export function ArrivalAlertControls({ alerts }: { alerts: ReturnType<typeof useArrivalAlerts> }) {
  const { choice, message, supported, toggleNotify, toggleSound } = alerts;
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      {supported ? (
        <button type="button" aria-pressed={choice.notify} onClick={() => void toggleNotify()} className="btn-secondary min-h-11 px-3 py-1.5 text-sm aria-pressed:bg-brand-700 aria-pressed:text-white">
          Notify me of new requests
        </button>
      ) : null}
      <button type="button" aria-pressed={choice.sound} onClick={toggleSound} className="btn-secondary min-h-11 px-3 py-1.5 text-sm aria-pressed:bg-brand-700 aria-pressed:text-white">
        Play a sound
      </button>
      {message ? (
        <p role="alert" className="basis-full font-semibold text-danger-700">
          {message}
        </p>
      ) : null}
    </div>
  );
}
