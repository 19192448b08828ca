"use client";

import { useCallback, useEffect, useRef, useState } from "react";

/** What the server said of one save. */
export type SaveVerdict =
  | { kind: "saved" }
  /** This change was refused (e.g. a malformed link): it stays unsaved until changed again. */
  | { kind: "refused"; errors: Record<string, string> }
  /** Nothing more can be saved here (someone else saved, the draft was locked, the link closed). */
  | { kind: "stopped"; reason: string };

type AutosaveStatus = "saved" | "saving" | "retrying" | "offline" | "unsaved" | "stopped";

export const OFFLINE_AFTER_FAILURES = 3;
export const TEXT_SAVE_DELAY_MS = 700;
const retryDelay = (failures: number) => Math.min(1000 * 2 ** (failures - 1), 8000);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Snapshot = { queued: number; typing: number; failures: number; refused: Record<string, Record<string, string>>; stopped: string | null };

/**
 * Saves every change as it is made, one key (a question) at a time, in the order changed.
 * A failed request is retried with backoff (the status says "retrying", then "offline"); a
 * refused change stays "unsaved" with its errors; a stop ends saving for good. Leaving the
 * page with anything unsaved asks first.
 */
export function useAutosave(save: (key: string) => Promise<SaveVerdict>, textDelayMs = TEXT_SAVE_DELAY_MS) {
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  const queue = useRef(new Map<string, number>());
  const changes = useRef(0);
  const typing = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const refused = useRef<Record<string, Record<string, string>>>({});
  const stopped = useRef<string | null>(null);
  const failures = useRef(0);
  const draining = useRef<Promise<void> | null>(null);
  const [snapshot, setSnapshot] = useState<Snapshot>({ queued: 0, typing: 0, failures: 0, refused: {}, stopped: null });

  const publish = useCallback(() => {
    setSnapshot({ queued: queue.current.size, typing: typing.current.size, failures: failures.current, refused: refused.current, stopped: stopped.current });
  }, []);

  const stop = useCallback(
    (reason: string) => {
      stopped.current = reason;
      publish();
    },
    [publish],
  );

  const drain = useCallback((): Promise<void> => {
    if (draining.current) return draining.current;
    if (queue.current.size === 0 || stopped.current) return Promise.resolve();
    // The loop awaits its first save before it can end, so draining is set before it is cleared.
    draining.current = (async () => {
      while (queue.current.size > 0 && !stopped.current) {
        const [key, change] = queue.current.entries().next().value as [string, number];
        let verdict: SaveVerdict;
        try {
          verdict = await saveRef.current(key);
        } catch {
          failures.current += 1;
          publish();
          await sleep(retryDelay(failures.current));
          continue;
        }
        failures.current = 0;
        if (verdict.kind === "stopped") {
          stop(verdict.reason);
          break;
        }
        if (queue.current.get(key) === change) queue.current.delete(key);
        const others = Object.fromEntries(Object.entries(refused.current).filter(([refusedKey]) => refusedKey !== key));
        refused.current = verdict.kind === "refused" ? { ...others, [key]: verdict.errors } : others;
        publish();
      }
      draining.current = null;
      publish();
    })();
    return draining.current;
  }, [publish, stop]);

  /** Saves the key's current value now. */
  const change = useCallback(
    (key: string) => {
      clearTimeout(typing.current.get(key));
      typing.current.delete(key);
      if (stopped.current) return;
      changes.current += 1;
      // To the back of the queue: keys are saved in the order they last changed.
      queue.current.delete(key);
      queue.current.set(key, changes.current);
      publish();
      void drain();
    },
    [drain, publish],
  );

  const changeRef = useRef(change);
  useEffect(() => {
    changeRef.current = change;
  }, [change]);

  /** Saves the key's value once typing pauses. */
  const changeLater = useCallback(
    (key: string) => {
      clearTimeout(typing.current.get(key));
      typing.current.set(
        key,
        setTimeout(() => change(key), textDelayMs),
      );
      publish();
    },
    [change, publish, textDelayMs],
  );

  /** Saves a key being typed in now (when its field loses focus). */
  const flush = useCallback(
    (key: string) => {
      if (typing.current.has(key)) change(key);
    },
    [change],
  );

  /** Saves everything pending and waits for it; false when saving has stopped. */
  const settle = useCallback(async (): Promise<boolean> => {
    for (const key of [...typing.current.keys()]) change(key);
    while ((queue.current.size > 0 || draining.current) && !stopped.current) await drain();
    return !stopped.current;
  }, [change, drain]);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (queue.current.size > 0 || typing.current.size > 0 || Object.keys(refused.current).length > 0) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, []);

  // Leaving the wizard inside the app (a link, a tab) saves what is still being typed.
  useEffect(() => {
    const timers = typing.current;
    return () => [...timers.keys()].forEach((key) => changeRef.current(key));
  }, []);

  const status: AutosaveStatus = snapshot.stopped
    ? "stopped"
    : snapshot.failures >= OFFLINE_AFTER_FAILURES
      ? "offline"
      : snapshot.failures > 0
        ? "retrying"
        : snapshot.queued > 0 || snapshot.typing > 0
          ? "saving"
          : Object.keys(snapshot.refused).length > 0
            ? "unsaved"
            : "saved";

  return { status, stoppedBecause: snapshot.stopped, refused: snapshot.refused, change, changeLater, flush, settle, stop };
}
