import Foundation
import ReckonCore
import ReckonInput
import ReckonUnits

/// The main report's first section: the paper's conclusions, each next to the figure Reckon computes for it —
/// the crossing years, and by when only a handful of organisations can pay for the frontier run.
public enum ConclusionsSection {
    /// A level of spending on one training run, who can still pay it, and where both statements come from.
    public struct Threshold: Sendable {
        public var label: String
        public var value: @Sendable (TrendModel, Int) -> Double
        public var whoCanPay: String
        public var source: String
    }

    /// The levels: Cottier's $100M, Epoch's $1B, the four hyperscalers' AI fleet, 1% of US GDP, global IT spending.
    public static let thresholds: [Threshold] = [
        Threshold(
            label: "$100M", value: { _, _ in 1e8 },
            whoCanPay: "big tech, well-funded labs and states",
            source: "Cottier, comment on 'Understanding the diffusion of large language models' (EA Forum, "
                + "2023): 'the biggest players in AI won't be willing to spend $100M just on the "
                + "computation for a final training run'; costs 'well out of reach for actors other than big "
                + "tech ... "
                + "and states, by 2030'"),
        Threshold(
            label: "$1B", value: { _, _ in 1e9 },
            whoCanPay: "a handful: the largest tech companies and states",
            source: "Cottier et al. 2024, The rising costs of training frontier AI models, arXiv:2405.21015: "
                + "'the largest training runs will cost more "
                + "than "
                + "a billion dollars by 2027'"),
        Threshold(
            label: SpendingLines.gpuInstalledBase.name,
            value: {
                _,
                y in SpendingLines.gpuInstalledBase.value(year: y).value
            },
            whoCanPay: "no single organisation: more than Google, Microsoft, Meta and Amazon's AI fleets "
                + "together",
            source: "Epoch AI, 'Hardware failures won't limit AI scaling': >2M H100-equivalents at the four "
                + "leading tech companies × ~$25k (awesomeagents.ai H100 price)"),
        Threshold(
            label: SpendingLines.onePercentUSGDP.name,
            value: {
                _,
                y in SpendingLines.onePercentUSGDP.value(year: y).value
            },
            whoCanPay: "none: a national-scale budget (the paper's 'hard-to-break spending caps')",
            source: SpendingLines.onePercentUSGDP.source),
        Threshold(
            label: SpendingLines.globalITSpending.name,
            value: {
                _,
                y in SpendingLines.globalITSpending.value(year: y).value
            },
            whoCanPay: "none: the world's whole IT budget",
            source: SpendingLines.globalITSpending.source),
    ]

    /// First year from 2020 the best-guess cost on `basis` reaches the threshold (nil: not by 2100).
    static func year(_ m: TrendModel, _ t: Threshold, basis: CostBasis, equalQuality: Bool = false) -> Int? {
        for y in 2020...2100 {
            let cost =
                equalQuality
                ? m.costAtEqualQuality(.bestGuess, year: y, basis: basis, law: .clark2022)
                : m.cost(.bestGuess, year: y, basis: basis)
            if cost >= t.value(m, y) { return y }
        }
        return nil
    }

    public static func section() -> ReportSection {
        let m = TrendModel(preset: .paperCalibrated)
        func text(_ y: Int?) -> String { y.map(String.init) ?? "after 2100" }
        let rows = thresholds.map { t -> [String] in
            [
                t.label, text(year(m, t, basis: .cloud)), text(year(m, t, basis: .gpu)),
                text(year(m, t, basis: .gpu, equalQuality: true)), t.whoCanPay,
            ]
        }
        let spread = SpendingLines.all.map { line -> String in
            let ys = ProjectionScenario.allCases.compactMap { m.crossingYear($0, line: line, from: 2020) }
            return "\(line.name) \(ys.min().map(String.init) ?? "—")–\(ys.max().map(String.init) ?? "—")"
        }
        let installed = thresholds[2]
        let gdp = thresholds[3]
        let it = thresholds[4]
        let headline =
            "The paper's conclusion holds on Reckon's reconstruction: one frontier training run costs "
            + "more than "
            + "the worldwide GPU installed base is worth in \(text(year(m, installed, basis: .gpu))) (paper: 2029), "
            + "more "
            + "than 1% of US GDP in \(text(year(m, gdp, basis: .gpu))) and than global IT spending in "
            + "\(text(year(m, it, basis: .gpu))) (paper: 2032), in GPU cost alone; past $1B "
            + "(\(text(year(m, thresholds[1], basis: .cloud))) "
            + "in cloud cost) only a handful of organisations can pay — winner takes all."
        var chartSeries = [
            LineChart.Series(
                name: "best guess, cloud cost",
                points: (2020...2035).map {
                    (
                        Double($0),
                        m.cloudCost(.bestGuess, year: $0).value
                    )
                }),
            LineChart.Series(
                name: "best guess, GPU cost",
                points: (2020...2035).map {
                    (
                        Double($0),
                        m.gpuCost(.bestGuess, year: $0).value
                    )
                }, dashed: true),
        ]
        chartSeries.append(
            .init(
                name: "GPU cost at equal quality (MoE law)",
                points: (2020...2035).map {
                    (
                        Double($0),
                        m.costAtEqualQuality(
                            .bestGuess, year: $0,
                            basis: .gpu, law: .clark2022)
                    )
                },
                dashed: true))
        let refs = thresholds.map { t in
            LineChart.Reference(
                name: t.label,
                points: (2020...2035).map {
                    (
                        Double($0),
                        t.value(m, $0)
                    )
                })
        }
        let chart = LineChart(
            title: "Who can pay for the frontier run: its cost against spending levels",
            x: Axis(label: "year", format: Axis.yearFormat),
            y: Axis(label: "USD (log scale)", scale: .log, format: Axis.dollarFormat),
            series: chartSeries, references: refs)
        var section = ReportSection(
            id: "conclusions", title: "The paper's conclusions, and the figures behind them",
            headline: headline,
            table: Table(
                header: [
                    "one run costs more than", "cloud cost", "GPU cost", "GPU, equal quality (MoE law)",
                    "who can still pay",
                ], rows: rows),
            notes: [
                "Best guess of the trend model (paper-calibrated preset, Table 1); the paper (Sec. 2.1): 'the "
                    + "cost to "
                    + "train a single LLM will exceed the annual value of the worldwide GPU installed base by 2029, "
                    + "and the "
                    + "annual global IT spending by 2032'; 'the intersection points only move back or forward by no "
                    + "more "
                    + "than one year' — across the best, guess and worst cases Reckon finds "
                    + spread.joined(separator: "; ") + ".",
                "The equal-quality column values the experts with Clark et al. 2022 instead of assuming they "
                    + "cost no "
                    + "quality; it is an extrapolation (fitted at ≤ 1.3B active parameters) and brings every year "
                    + "earlier.",
                "Sources of the levels and of who can pay: "
                    + thresholds.map { "\($0.label): \($0.source)" }.joined(separator: "; ") + ".",
                "Rerun with `reckon project` (every constant a flag).",
            ],
            svg: chart.svg(width: 800, height: 520))
        section.reproductions = thresholds.map { t in
            let line = SpendingLines.all.first { $0.name == t.label }
            return [(CostBasis.cloud, "cloud"), (.gpu, "gpu")].map { basis, word in
                var expected: [(key: String, value: Double)] = []
                if let line {
                    let at = "crossovers[scenario=\(ProjectionScenario.bestGuess.rawValue),line=\(line.id)].year"
                    expected.append((at, year(m, t, basis: basis).map(Double.init) ?? .nan))
                }
                return Reproduction(["project", "--basis", word], expected: expected)
            }
        }
        return section
    }
}
