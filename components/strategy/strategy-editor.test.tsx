import { act, cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import messages from "@/messages/nl.json";
import { StrategyEditor, type StrategyElementView } from "./strategy-editor";

// The editor against stand-ins for its server actions: what it sends, and what it shows.
const actions = vi.hoisted(() => ({
  saveStrategyFieldAction: vi.fn<(input: { strategyId: string; key: string; value: string }) => Promise<{ ok: true }>>(async () => ({ ok: true })),
  saveStrategyVersionAction: vi.fn<(input: { strategyId: string }) => Promise<{ ok: false; reason: "invalid"; problems: object }>>(async () => ({
    ok: false,
    reason: "invalid",
    problems: {},
  })),
  addObjectiveAction: vi.fn(async () => ({ ok: true as const, id: "o2" })),
  removeObjectiveAction: vi.fn(async () => ({ ok: true })),
  createActionFromObjectiveAction: vi.fn(async () => ({ ok: true as const, id: "a1", existing: false })),
}));
vi.mock("./actions", () => actions);
vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh: vi.fn() }) }));

const elements: StrategyElementView[] = [
  { id: "goal", title: "Doel", guidance: "Eén zin.", group: "next" },
  { id: "objectives", title: "Subdoelen (SMART)", guidance: "Wat, hoeveel, wanneer.", group: "next" },
  { id: "swot", title: "SWOT", guidance: "Sterktes en zwaktes.", group: "optional" },
];
const objective = { id: "o1", what: "Meer volgers", kpi: "Volgers", baseline: "420", target: "900", dueOn: "2099-01-01", dimensionId: "presence", actions: [] };

function renderEditor() {
  return render(
    <NextIntlClientProvider locale="nl" messages={messages}>
      <StrategyEditor
        strategyId="s1"
        elements={elements}
        dimensions={[{ id: "presence", name: "Aanwezigheid", measured: "2,10 (Tactisch)", target: null }]}
        examples={[{ id: "bakery-instagram", name: "Bakkerij", description: "Een bakkerij.", sections: { goal: "Meer buurtbewoners." }, objectives: [] }]}
        initial={{ sections: { goal: "Meer klanten" }, objectives: [objective], notes: "", exampleId: "" }}
        today="2026-12-03"
      />
    </NextIntlClientProvider>,
  );
}

beforeEach(() => vi.clearAllMocks());
afterEach(cleanup);

describe("the strategy editor", () => {
  it("shows a problem at the field as it is typed, and still saves what was typed", async () => {
    vi.useFakeTimers();
    renderEditor();
    const target = screen.getByLabelText("Streefwaarde");
    fireEvent.change(target, { target: { value: "veel" } });
    expect(target.getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByText(/Vul een getal in/).id).toBe(target.getAttribute("aria-describedby"));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1000);
    });
    expect(actions.saveStrategyFieldAction).toHaveBeenCalledWith({ strategyId: "s1", key: "objective:o1:target", value: "veel" });
    vi.useRealTimers();
  });

  it("refuses a version while anything is marked, and takes the user to it", async () => {
    renderEditor();
    fireEvent.change(screen.getByLabelText("Uiterlijk op"), { target: { value: "2020-01-01" } });
    expect(screen.getByText(/Deze datum is al voorbij/)).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Versie opslaan" }));
    });
    expect(await screen.findByRole("alert")).toHaveProperty("textContent", expect.stringContaining("herstel eerst wat rood staat"));
    expect(actions.saveStrategyFieldAction).toHaveBeenCalledWith({ strategyId: "s1", key: "objective:o1:dueOn", value: "2020-01-01" });
    await waitFor(() => expect(document.activeElement?.id).toBe("objective-o1-dueOn"));
  });

  it("shows the chosen example beside each field, and keeps the elements outside the lighter form folded away", async () => {
    renderEditor();
    expect(screen.queryByRole("note")).toBeNull();
    await act(async () => {
      fireEvent.change(screen.getByLabelText("Voorbeeld ernaast"), { target: { value: "bakery-instagram" } });
    });
    const [besideGoal, besideSwot] = screen.getAllByRole("note", { name: "Voorbeeld: Bakkerij" });
    expect(besideGoal!.textContent).toContain("Meer buurtbewoners.");
    expect(besideSwot!.textContent).toContain("Het voorbeeld laat dit onderdeel weg.");
    expect(actions.saveStrategyFieldAction).toHaveBeenCalledWith({ strategyId: "s1", key: "example", value: "bakery-instagram" });
    expect(screen.getByText(/1 onderdeel buiten de lichtere vorm/).closest("details")?.open).toBe(false);
  });
});
