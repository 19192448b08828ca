import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { DimensionRadar, LearningCurveChart, TimelineChart } from "./server-charts";

const bands = [
  { from: 1, to: 1.5, label: "Emerging" },
  { from: 1.5, to: 2.5, label: "Tactical" },
  { from: 2.5, to: 3.5, label: "Integrated" },
  { from: 3.5, to: 4, label: "Social" },
];
const dimensions = [
  { id: "strategy", label: "Strategy" },
  { id: "people", label: "People" },
];

describe("the server-drawn charts", () => {
  it("draw one point per assessment on the curve, each named on hover, and the target", () => {
    render(
      <LearningCurveChart
        points={[
          { date: "3 Jan 2025", position: 1.4, positionLabel: "1.40" },
          { date: "2 Jun 2025", position: 2.1, positionLabel: "2.10" },
        ]}
        target={{ position: 3, label: "Target 3.00" }}
        bands={bands}
        labels={{ title: "The learning curve", axis: "Position" }}
        locale="en"
      />,
    );
    const figure = screen.getByRole("figure", { name: "The learning curve" });
    const points = figure.querySelectorAll("circle[data-point]");
    expect(points).toHaveLength(2);
    expect(points[1]!.querySelector("title")!.textContent).toBe("2 Jun 2025: 2.10");
    expect(figure.textContent).toContain("Target 3.00");
    expect(figure.textContent).toContain("Integrated");
  });

  it("escape every text they draw", () => {
    render(
      <DimensionRadar
        title="Dimensions"
        locale="nl"
        dimensions={dimensions}
        series={[{ key: "a", label: '<img src=x onerror="alert(1)">', colour: "#1f5fbf", values: { strategy: 2.5, people: null } }]}
      />,
    );
    const figure = screen.getByRole("figure", { name: "Dimensions" });
    expect(figure.querySelector("img")).toBeNull();
    expect(figure.querySelector("polygon title")!.textContent).toBe('<img src=x onerror="alert(1)">: Strategy 2,50 · People —');
    // The series are named beside the drawing, where long names can wrap.
    expect(screen.getByRole("listitem").textContent).toBe('<img src=x onerror="alert(1)">');
  });

  it("show a dimension's line over time only while its box is ticked", () => {
    render(
      <TimelineChart
        entries={[
          { time: Date.UTC(2025, 0, 3), label: "Jan 25", hint: "3 Jan 2025: 1.40", position: 1.4, pulse: false, scores: { strategy: 1.2, people: 1.6 } },
          { time: Date.UTC(2025, 3, 1), label: "Apr 25", hint: "1 Apr 2025: 1.80 (pulse)", position: 1.8, pulse: true, scores: {} },
          { time: Date.UTC(2025, 5, 2), label: "Jun 25", hint: "2 Jun 2025: 2.10", position: 2.1, pulse: false, scores: { strategy: 2, people: 2.2 } },
        ]}
        dimensions={dimensions}
        bands={bands}
        target={null}
        labels={{ title: "Position over time", showDimensions: "Show dimensions", pulse: "Pulse check-in" }}
        locale="en"
      />,
    );
    const figure = screen.getByRole("figure", { name: "Position over time" });
    expect(figure.querySelectorAll("circle[data-point]")).toHaveLength(2);
    expect(figure.querySelectorAll("path[data-pulse]")).toHaveLength(1);
    const strategyLine = figure.querySelector('[data-dimension="strategy"]')!;
    // The pulse has no dimension scores: the line joins the two assessments only.
    expect(strategyLine.querySelector("polyline")!.getAttribute("points")!.split(" ")).toHaveLength(2);
    expect(strategyLine.getAttribute("display")).toBe("none");
    fireEvent.click(screen.getByRole("checkbox", { name: "Strategy" }));
    expect(strategyLine.getAttribute("display")).toBe("inline");
    expect(figure.querySelector('[data-dimension="people"]')!.getAttribute("display")).toBe("none");
    fireEvent.click(screen.getByRole("checkbox", { name: "Strategy" }));
    expect(strategyLine.getAttribute("display")).toBe("none");
  });
});
