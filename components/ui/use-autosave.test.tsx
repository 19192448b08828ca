import { act, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { OFFLINE_AFTER_FAILURES, TEXT_SAVE_DELAY_MS, useAutosave, type SaveVerdict } from "./use-autosave";

/** A save function whose answers the test hands out one by one. */
function controlledSave() {
  const calls: { key: string; resolve: (verdict: SaveVerdict) => void; reject: (error: Error) => void }[] = [];
  const save = vi.fn(
    (key: string) =>
      new Promise<SaveVerdict>((resolve, reject) => {
        calls.push({ key, resolve, reject });
      }),
  );
  /** Answers the oldest open call and lets the queue move on. */
  const answer = async (outcome: SaveVerdict | Error) => {
    const call = calls.shift()!;
    await act(async () => {
      if (outcome instanceof Error) call.reject(outcome);
      else call.resolve(outcome);
    });
  };
  return { save, calls, answer };
}

const saved: SaveVerdict = { kind: "saved" };
const leavingAsks = () => {
  const event = new Event("beforeunload", { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
};

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("the autosave hook both wizards share", () => {
  it("saves a change at once and says so", async () => {
    const { save, answer } = controlledSave();
    const { result } = renderHook(() => useAutosave(save));
    expect(result.current.status).toBe("saved");
    act(() => result.current.change("q1"));
    expect(result.current.status).toBe("saving");
    expect(save).toHaveBeenCalledWith("q1");
    expect(leavingAsks()).toBe(true);
    await answer(saved);
    expect(result.current.status).toBe("saved");
    expect(leavingAsks()).toBe(false);
  });

  it("saves changes one at a time, and again when a key changed while it was being saved", async () => {
    const { save, calls, answer } = controlledSave();
    const { result } = renderHook(() => useAutosave(save));
    act(() => {
      result.current.change("q1");
      result.current.change("q2");
    });
    expect(calls).toHaveLength(1);
    act(() => result.current.change("q1"));
    await answer(saved);
    expect(calls.map((call) => call.key)).toEqual(["q2"]);
    await answer(saved);
    expect(calls.map((call) => call.key)).toEqual(["q1"]);
    await answer(saved);
    expect(save.mock.calls.map(([key]) => key)).toEqual(["q1", "q2", "q1"]);
    expect(result.current.status).toBe("saved");
  });

  it("retries with backoff, says it is offline after repeated failures, and saves when the connection returns", async () => {
    const { save, calls, answer } = controlledSave();
    const { result } = renderHook(() => useAutosave(save));
    act(() => result.current.change("q1"));
    await answer(new Error("network"));
    expect(result.current.status).toBe("retrying");
    expect(calls).toHaveLength(0);
    await act(() => vi.advanceTimersByTimeAsync(999));
    expect(calls).toHaveLength(0);
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(calls).toHaveLength(1);
    for (let failure = 2; failure <= OFFLINE_AFTER_FAILURES; failure++) {
      await answer(new Error("network"));
      await act(() => vi.advanceTimersByTimeAsync(8000));
    }
    expect(result.current.status).toBe("offline");
    expect(leavingAsks()).toBe(true);
    await answer(saved);
    expect(result.current.status).toBe("saved");
  });

  it("stops for good when the draft changed elsewhere or was locked", async () => {
    const { save, calls, answer } = controlledSave();
    const { result } = renderHook(() => useAutosave(save));
    act(() => {
      result.current.change("q1");
      result.current.change("q2");
    });
    await answer({ kind: "stopped", reason: "stale" });
    expect(result.current.status).toBe("stopped");
    expect(result.current.stoppedBecause).toBe("stale");
    act(() => result.current.change("q3"));
    expect(calls).toHaveLength(0);
    await expect(act(() => result.current.settle())).resolves.toBe(false);
  });

  it("keeps a refused change unsaved, with its errors, until it is changed and saved", async () => {
    const { save, answer } = controlledSave();
    const { result } = renderHook(() => useAutosave(save));
    act(() => result.current.change("q1"));
    await answer({ kind: "refused", errors: { evidenceLinks: "invalidEvidenceLink" } });
    expect(result.current.status).toBe("unsaved");
    expect(result.current.refused).toEqual({ q1: { evidenceLinks: "invalidEvidenceLink" } });
    expect(leavingAsks()).toBe(true);
    act(() => result.current.change("q1"));
    await answer(saved);
    expect(result.current.refused).toEqual({});
    expect(result.current.status).toBe("saved");
  });

  it("waits for typing to pause, and saves at once when the field is left", async () => {
    const { save, calls, answer } = controlledSave();
    const { result } = renderHook(() => useAutosave(save));
    act(() => result.current.changeLater("q1"));
    expect(result.current.status).toBe("saving");
    expect(leavingAsks()).toBe(true);
    await act(() => vi.advanceTimersByTimeAsync(TEXT_SAVE_DELAY_MS - 1));
    expect(calls).toHaveLength(0);
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(calls).toHaveLength(1);
    await answer(saved);

    act(() => result.current.changeLater("q2"));
    act(() => result.current.flush("q2"));
    expect(calls.map((call) => call.key)).toEqual(["q2"]);
    await answer(saved);
    act(() => result.current.flush("q2"));
    expect(calls).toHaveLength(0);
  });

  it("settles: saves what is being typed and resolves once everything is saved", async () => {
    const { save, calls, answer } = controlledSave();
    const { result } = renderHook(() => useAutosave(save));
    act(() => result.current.changeLater("q1"));
    let settled: boolean | undefined;
    act(() => {
      void result.current.settle().then((value) => (settled = value));
    });
    expect(calls.map((call) => call.key)).toEqual(["q1"]);
    expect(settled).toBeUndefined();
    await answer(saved);
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(settled).toBe(true);
  });
});
