import ReckonInput

/// The main report's roadmap section: Table 2's levers as a waterfall, and the $1,000 GPT-3 table (`reckon roadmap`).
public enum RoadmapSection {
    public static func section() -> ReportSection {
        do {
            let r = try RoadmapRequest.resolve(InputFields())
            var section = ReportSection(
                id: "roadmap", title: "What bends the cost: the roadmap levers and the $1,000 GPT-3 (Table 2)",
                headline: RoadmapReport.gpt3Summary(r.gpt3),
                table: RoadmapReport.gpt3Table(r.gpt3),
                notes: [
                    "Waterfall (chart): \(r.baselineLabel) = \(RoadmapReport.money(r.waterfall.baseline.value)); with "
                        + "all seven levers "
                        + "\(RoadmapReport.money(r.waterfall.final.value)) "
                        + "(\(RoadmapReport.factorText(r.waterfall.totalFactor)))."
                ]
                    + [
                        "Lever factors: "
                            + r.levers.map { "\($0.id.area) \(RoadmapReport.factorText($0.effectiveFactor))" }.joined(
                                separator: ", ")
                            + "; the distributed-systems gain comes from the reliability model of `reckon scale`. "
                            + "Sources and overrides: `reckon roadmap`."
                    ],
                svg: RoadmapReport.svg(r))
            // Each row is one combination of `reckon roadmap`'s $1,000 GPT-3 search.
            section.reproductions = RoadmapReport.bestBySize(r.gpt3).map { best in
                guard let i = r.gpt3.combinations.firstIndex(where: { $0.levers == best.levers }) else { return [] }
                return [
                    Reproduction(
                        ["roadmap"],
                        expected: [
                            ("thousand_dollar_gpt3.combinations.\(i).cost_usd", best.cost.value),
                            ("thousand_dollar_gpt3.combinations.\(i).year_with_trend", Double(best.yearWithTrend)),
                        ])
                ]
            }
            return section
        } catch {
            return ReportSection(
                id: "roadmap", title: "Roadmap", headline: "not computed (\(error))", table: Table(header: [], rows: [])
            )
        }
    }
}
