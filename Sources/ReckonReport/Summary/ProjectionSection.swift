import Foundation
import ReckonCore
import ReckonInput
import ReckonUnits

/// The main report's projection section: the paper's anchors and 2028 per preset, and the crossing years
/// (what `reckon project` shows in full).
public enum ProjectionSection {
    public static func section() -> ReportSection {
        let stated = TrendModel(preset: .paperStated)
        let calibrated = TrendModel(preset: .paperCalibrated)
        let money = ProjectReport.money
        func row(_ label: String, _ year: Int, _ paper: String) -> [String] {
            [
                label, paper,
                money(stated.gpuCost(.bestGuess, year: year).value) + " / "
                    + money(stated.cloudCost(.bestGuess, year: year).value),
                money(calibrated.gpuCost(.bestGuess, year: year).value) + " / "
                    + money(calibrated.cloudCost(.bestGuess, year: year).value),
            ]
        }
        var rows = [
            row("GPT-3, 2021", 2021, "<$1M / $4.8M"),
            row("GPT-4 (1.8T est.), 2023", 2023, "$6.7M / $32M"),
            row("best guess, 2028", 2028, "$19B / $93B"),
        ]
        // `reckon project` with each preset: the best guess of the row's year, GPU and cloud cost.
        func costs(_ year: Int) -> [Reproduction] {
            [(TrendPreset.paperStated, stated), (.paperCalibrated, calibrated)].map { preset, m in
                let at = "projection[year=\(year),scenario=\(ProjectionScenario.bestGuess.rawValue)]"
                return Reproduction(
                    ["project", "--preset", preset.rawValue],
                    expected: [
                        (at + ".gpu_cost_usd", m.gpuCost(.bestGuess, year: year).value),
                        (at + ".cloud_cost_usd", m.cloudCost(.bestGuess, year: year).value),
                    ])
            }
        }
        var commands = [costs(2021), costs(2023), costs(2028)]
        for line in SpendingLines.all {
            let a = stated.crossingYear(.bestGuess, line: line, from: 2020).map(String.init) ?? "—"
            let b = calibrated.crossingYear(.bestGuess, line: line, from: 2020).map(String.init) ?? "—"
            let paper =
                ["installed-base": "by 2029", "it-spending": "by 2032", "us-gdp-1pct": "a cap (2030 per framework)"][
                    line.id] ?? ""
            rows.append(["cost ≥ \(line.name)", paper, a, b])
            commands.append(
                [(TrendPreset.paperStated, stated), (.paperCalibrated, calibrated)].map { preset, m in
                    let at = "crossovers[scenario=\(ProjectionScenario.bestGuess.rawValue),line=\(line.id)].year"
                    let year = m.crossingYear(.bestGuess, line: line, from: 2020).map(Double.init) ?? .nan
                    return Reproduction(["project", "--preset", preset.rawValue], expected: [(at, year)])
                })
        }
        let flopGrowth = calibrated.computeGrowth(.bestGuess, from: 2023, to: 2028)
        let pricePerformance = pow2(1 / calibrated.constants.projectedDoublingYears)
        let headline =
            "The cost of the largest training run grows "
            + "~\(NumberFormat.significant(flopGrowth / pricePerformance, digits: 2))× a year "
            + "(FLOP ×\(NumberFormat.significant(flopGrowth, digits: 2))/yr against price-performance "
            + "×\(NumberFormat.significant(pricePerformance, digits: 3))/yr): "
            + "\(money(calibrated.gpuCost(.bestGuess, year: 2028).value)) in 2028 on the calibrated trend."
        var section = ReportSection(
            id: "projection", title: "Where frontier training cost is heading (Fig. 5, Table 1)", headline: headline,
            table: Table(header: ["", "paper (GPU / cloud)", "paper-stated", "paper-calibrated"], rows: rows),
            notes: [
                "Trend model (Reckon's reconstruction of Faraboschi et al. 2024, Sec. 2.1): C = k·P²/K, P ×2.8/yr, "
                    + "experts +4/yr, k = 40 FLOP/parameter; GPU $/FLOP calibrated on GPT-4's $6.7M, halving every "
                    + "2.46 y (2.95 y after 2023 when calibrated); cloud = 4.8 × GPU.",
                "paper-stated is 21% below the paper's $19B for 2028; paper-calibrated reproduces it. Spending-line "
                    + "values are sourced but partly assumed (see `reckon project`).",
            ],
            svg: (try? ProjectRequest.resolve(InputFields())).map(ProjectReport.svg))
        section.reproductions = commands
        return section
    }

    static func pow2(_ x: Double) -> Double { exp2(x) }
}
