import ReckonCatalog
import ReckonCore
import ReckonInput
import ReckonUnits

/// The main report's serving section: what a GPT-3-class model costs per million tokens today, beside the
/// 2021 API price and the LessWrong 2021 rental yardstick, and one deployment-vs-development scenario.
public enum ServingCostSection {
    public struct Case: Sendable {
        public var label: String
        public var fields: [String: InputValue]
    }

    /// Each row is exactly what `reckon infer` computes with these flags (batch: the largest that fits).
    public static let cases: [Case] = [
        Case(label: "GPT-3 175B, BF16, 1000+250 tokens", fields: ["model": .text("gpt-3"), "gpu": .text("h100-sxm")]),
        Case(
            label: "GPT-3 175B, FP8, 1000+250 tokens",
            fields: ["model": .text("gpt-3"), "gpu": .text("h100-sxm"), "precision": .text("fp8")]),
        Case(
            label: "Llama 3.1 70B, FP8, 1000+250 tokens",
            fields: ["model": .text("llama-3.1-70b"), "gpu": .text("h100-sxm"), "precision": .text("fp8")]),
        Case(
            label: "Llama 3.1 8B, FP8, 1000+250 tokens",
            fields: ["model": .text("llama-3.1-8b"), "gpu": .text("h100-sxm"), "precision": .text("fp8")]),
    ]

    static func dollars(_ x: Double) -> String { "$" + NumberFormat.significant(x, digits: x < 0.01 ? 2 : 3) }

    public static func section(catalog: Catalog = .builtin) -> ReportSection {
        var rows: [[String]] = []
        var notes: [String] = []
        var gpt3Output: Double? = nil
        var bars: [BarChart.Bar] = []
        var commands: [[Reproduction]] = []
        for c in cases {
            do {
                let r = try InferRequest.resolve(InputFields(c.fields, origin: "report"), catalog: catalog)
                let e = try r.scenario.estimate()
                if c.fields["precision"] == nil, r.scenario.model.id == "gpt-3" {
                    gpt3Output = e.cost.usdPerMillionOutputTokens.value
                }
                rows.append([
                    c.label, "\(e.plan.accelerators) × \(r.scenario.accelerator.id), batch \(e.batch)",
                    InferReport.seconds(e.timePerOutputToken),
                    dollars(e.cost.usdPerMillionInputTokens.value), dollars(e.cost.usdPerMillionOutputTokens.value),
                    dollars(e.cost.usdPer750Words.value),
                ])
                commands.append([
                    .command(
                        "infer", c.fields,
                        expected: [
                            ("accelerators", Double(e.plan.accelerators)), ("batch", Double(e.batch)),
                            ("tpot_seconds", e.timePerOutputToken.value),
                            ("usd_per_million_input_tokens", e.cost.usdPerMillionInputTokens.value),
                            ("usd_per_million_output_tokens", e.cost.usdPerMillionOutputTokens.value),
                            ("usd_per_750_words", e.cost.usdPer750Words.value),
                        ])
                ])
                bars.append(
                    .init(
                        label: c.label, low: 0, high: e.cost.usdPerMillionOutputTokens.value, tone: 0,
                        annotation: dollars(e.cost.usdPerMillionOutputTokens.value)))
            } catch {
                notes.append("\(c.label): not computed (\(error)).")
            }
        }
        if let davinci = APIPrice.references.first {
            rows.append([
                "\(davinci.name) API price, \(davinci.date)", "—", "—", dollars(davinci.usdPerMillionInput.value),
                dollars(davinci.usdPerMillionOutput.value), dollars(davinci.usdPerMillionOutput.value / 1000),
            ])
            commands.append([])  // a published price
            bars.append(
                .init(
                    label: "\(davinci.name) API, \(davinci.date)", low: 0, high: davinci.usdPerMillionOutput.value,
                    tone: 1,
                    annotation: dollars(davinci.usdPerMillionOutput.value)))
            notes.append("API price: \(davinci.source).")
        }
        let gpt3 = try? catalog.model("gpt-3")
        let yard = RentalYardstick.seed002.cost(
            perToken: InferenceCompute.linearFLOPPerToken(active: gpt3?.activeParameters ?? Parameters(175e9)),
            tokens: 1e6
        ).value
        rows.append([
            "GPT-3 at 2N FLOP, $1/h per 100 TFLOP/s (LessWrong 2021)", "—", "—", dollars(yard), dollars(yard),
            dollars(yard / 1000),
        ])
        commands.append([])  // arithmetic: 2N FLOP per token at $1/h per 100 TFLOP/s
        bars.append(
            .init(
                label: "GPT-3 at 2N FLOP, LessWrong 2021 "
                    + "yardstick", low: 0, high: yard, tone: 2, annotation: dollars(yard)))
        notes.append(
            "Rental yardstick: \(RentalYardstick.seed002.source); pure arithmetic, no memory or utilization losses.")
        let h100Price = (try? catalog.accelerator("h100-sxm"))?.cloudPrice.map { $0.formatted } ?? "the catalog's price"
        let e = EfficiencyFactors.serving
        notes.append(
            "Serving rows: H100 SXM at \(h100Price), full load, efficiency "
                + "\(NumberFormat.significant(e.compute * 100))% of dense peak and "
                + "\(NumberFormat.significant(e.memory * 100))% of HBM bandwidth (checked against 20 TensorRT-LLM "
                + "rows, ±10%). Rerun with `reckon infer` and the flags in the row label."
        )

        // Deployment vs development: Cottier's two scenarios (BLOOM on A100) and ChatGPT 2023 (his update).
        for id in DeploymentPreset.all.map(\.id) {
            do {
                let d = try DeployRequest.resolve(
                    InputFields(["preset": .text(id)], origin: "report"),
                    catalog: catalog)
                let c = try d.compare()
                var text =
                    "Deployment vs development (`reckon deploy --preset \(id)`): \(d.workload.name) on "
                    + "\(NumberFormat.grouped(Double(c.fleet.accelerators))) × \(d.serving.accelerator.name) ≈ "
                    + "\(c.servingCost.formatted)/year vs \(c.trainingCost.formatted) to train "
                    + "\(d.serving.model.name) — ratio \(NumberFormat.significant(c.ratio, digits: 2)); Cottier's "
                    + "instance-day method on the same traffic \(NumberFormat.significant(d.cottier.ratio, digits: 2))"
                if let ref = d.preset?.reference, let x = ref.ratio, let i = ref.interval {
                    text +=
                        " (Cottier 2022: \(NumberFormat.significant(x)), 90% CI "
                        + "\(NumberFormat.significant(i.lowerBound))–\(NumberFormat.significant(i.upperBound)))"
                }
                if let n = d.preset?.reference.accelerators {
                    text +=
                        " (SemiAnalysis: \(NumberFormat.grouped(Double(n))) A100; Cottier's 2023 update: "
                        + "deployment "
                        + "exceeds development for the largest products)"
                }
                notes.append(text + ".")
            } catch {
                notes.append("Deployment vs development (\(id)): not computed (\(error)).")
            }
        }
        var headline = "Serving cost per token is set by memory bandwidth and batch size, not by 2N FLOP alone."
        if let g = gpt3Output, let davinci = APIPrice.references.first {
            let price = davinci.usdPerMillionOutput.value
            headline =
                "A GPT-3-class model now costs about \(dollars(g)) per million output tokens on rented H100s at full "
                + "load — "
                + "\(NumberFormat.significant(price / g, digits: 2))× below the \(davinci.date.prefix(4)) API price "
                + "of \(dollars(price))."
        }
        var section = ReportSection(
            id: "serving-cost", title: "What serving costs",
            headline: headline,
            table: Table(
                header: ["scenario", "hardware", "time/token", "$/M input", "$/M output", "$/750 words"], rows: rows,
                numericColumns: [2, 3, 4, 5]),
            notes: notes,
            svg: priceChart(bars))
        section.reproductions = commands
        return section
    }

    /// $ per million output tokens: linear unless the bars span more than 100×, then log; colours say whose price.
    static func priceChart(_ bars: [BarChart.Bar]) -> String {
        let scale = Axis.scale(for: bars.map(\.high))
        let chart = BarChart(
            title: "USD per million output tokens",
            value: Axis(
                label: "USD" + (scale == .log ? " (log scale)" : ""), scale: scale,
                format: { "$" + NumberFormat.significant($0) }),
            bars: bars, orientation: .horizontal,
            legend: [(0, "Reckon's estimate"), (1, "published API price"), (2, "rental yardstick")])
        return chart.svg(width: 800, height: chart.naturalHeight)
    }
}
