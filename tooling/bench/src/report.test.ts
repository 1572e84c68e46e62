import { describe, expect, it } from "vitest";
import { renderReport } from "./report.js";
import { summarize } from "./stats.js";

describe("renderReport", () => {
  const machine = { cpu: "Test CPU", cores: 2, node: "v20.20.2" };
  const rows = [
    {
      figure: "Parser throughput | BBC",
      unit: "MB/s",
      ours: summarize([40, 42, 44]),
      anchor: { name: "compromise", stat: summarize([0.2, 0.2, 0.2]) },
      ratio: { value: 210, reads: "ours / anchor, higher is better" },
      goal: "≥ 100×",
      met: true,
      command: "pnpm bench",
    },
    {
      figure: "Memory growth",
      unit: "MB",
      ours: summarize([60]),
      goal: "≤ 50 MB",
      met: false,
      command: "pnpm bench",
    },
  ];

  it("writes one table row per figure with date and machine", () => {
    const report = renderReport(rows, machine, new Date("2026-11-25T12:00:00Z"));
    const tableRows = report
      .split("\n")
      .filter((line) => line.startsWith("| ") && !/^\| (figure|---)/.test(line));
    expect(tableRows).toHaveLength(2);
    expect(tableRows[0]).toContain("42.0 MB/s");
    expect(tableRows[0]).toContain("compromise: 0.20 MB/s");
    expect(tableRows[0]).toContain("210×");
    expect(tableRows[0]).toContain("2026-11-25");
    expect(tableRows[0]).toContain("Test CPU, 2 cores, Node v20.20.2");
  });

  it("escapes pipes and marks missed goals", () => {
    const report = renderReport(rows, machine, new Date("2026-11-25T12:00:00Z"));
    expect(report).toContain("Parser throughput \\| BBC");
    expect(report).toContain("**no**");
  });
});
