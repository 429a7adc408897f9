import ReckonCatalog
import ReckonCore
import ReckonInput
import ReckonUnits

/// The main report's first section: what training a frontier model costs, then and now.
public enum TrainingCostSection {
    /// One line of the section: a named scenario given as `reckon train` fields, with why these inputs.
    public struct Case: Sendable {
        public var label: String
        public var fields: [String: InputValue]
        public var why: String
    }

    /// The scenarios shown. Each is exactly what `reckon train` would compute with these flags.
    public static let cases: [Case] = [
        Case(
            label: "GPT-3 175B, 2020: 10,000 V100",
            fields: [
                "model": .text("gpt-3"), "gpu": .text("v100"), "gpus": .number(10_000), "mfu": .number(0.21),
                "price_per_hour": .number(2.5),
            ],
            why:
                "MFU 21% as reported for GPT-3 (Cottier 2022, citing Narayanan et al.); Patterson et al. 2021 "
                + "measured 14.8 days on 10,000 V100"
        ),
        Case(
            label: "GPT-3 175B, today: 1,024 H100",
            fields: ["model": .text("gpt-3"), "gpu": .text("h100-sxm"), "gpus": .number(1024), "mfu": .number(0.40)],
            why: "MFU 40%, typical of large dense runs today (Llama 2 implied 35–44%)"),
        Case(
            label: "GPT-4-class 1.8T [estimate], 2022: 25,000 A100",
            fields: [
                "model": .text("gpt-4-estimate"), "gpu": .text("a100-80gb"), "gpus": .number(25_000),
                "mfu": .number(0.34),
            ],
            why: "ESTIMATE: SemiAnalysis GPT-4 report (July 2023; secondary translation): ~25k A100, MFU 32–36%; not "
                + "disclosed by OpenAI"),
        Case(
            label: "GPT-4-class 1.8T [estimate], today: 8,192 H100",
            fields: [
                "model": .text("gpt-4-estimate"), "gpu": .text("h100-sxm"), "gpus": .number(8192), "mfu": .number(0.40),
            ],
            why: "the same estimated model on a modern cluster at 40% MFU"),
    ]

    public static func section(catalog: Catalog = .builtin) -> ReportSection {
        var rows: [[String]] = []
        var commands: [[Reproduction]] = []
        var notes: [String] = []
        var computeByModel: [String: Double] = [:]
        var bars: [BarChart.Bar] = []
        for c in cases {
            do {
                let r = try TrainRequest.resolve(InputFields(c.fields, origin: "report"), catalog: catalog)
                let e = r.scenario.estimate()
                computeByModel[r.scenario.model.id] = e.compute.value
                rows.append([
                    c.label, e.compute.formatted, NumberFormat.significant(r.scenario.mfu * 100) + "%",
                    NumberFormat.significant(e.wallClock.inDays) + " days",
                    NumberFormat.count(e.acceleratorTime.inHours) + " GPU-h",
                    TrainReport.rental(e),
                ])
                commands.append([
                    .command(
                        "train", c.fields,
                        expected: [
                            ("compute_flop", e.compute.value), ("mfu", r.scenario.mfu),
                            ("wall_clock_days", e.wallClock.inDays),
                            ("accelerator_hours", e.acceleratorTime.inHours), ("cost_usd", e.rentalCost?.value ?? .nan),
                        ])
                ])
                notes.append("\(c.label): \(c.why).")
                if let cost = e.rentalCost {
                    bars.append(.init(label: c.label, low: 0, high: cost.value, annotation: cost.formatted))
                }
            } catch {
                notes.append("\(c.label): not computed (\(error)).")
            }
        }
        // SemiAnalysis, 'The AI Brick Wall' (Jan 2023): MosaicML's GPT-30B / GPT-70B and SemiAnalysis' "optimal" cost,
        // with the plan model's MFU.
        do {
            for r in try SeedCostRows.mosaicRows(catalog: catalog) {
                let compute = FLOP(6 * r.parameters.value * r.tokens.value)
                let hours = r.cost.value / SeedCostRows.pricePerHour
                rows.append([
                    "\(r.label) (MosaicML), \(SeedCostRows.gpus) A100, 20 tokens/param", compute.formatted,
                    NumberFormat.significant(r.mfu * 100) + "% (plan)",
                    NumberFormat.significant(hours / Double(SeedCostRows.gpus) / 24) + " days",
                    NumberFormat.count(hours) + " GPU-h",
                    r.cost.formatted + " at $\(NumberFormat.significant(SeedCostRows.pricePerHour))/h",
                ])
                // The same run with the plan model's MFU given, no failures (as SemiAnalysis' table counts none).
                let fields: [String: InputValue] = [
                    "params": .text(NumberFormat.count(r.parameters.value, digits: 6)),
                    "tokens": .text(NumberFormat.count(r.tokens.value, digits: 6)), "gpu": .text("a100-80gb"),
                    "gpus": .number(Double(SeedCostRows.gpus)), "mfu": .number(r.mfu),
                    "price_per_hour": .number(SeedCostRows.pricePerHour), "no_failures": .flag(true),
                ]
                commands.append([
                    .command(
                        "train", fields,
                        expected: [
                            ("compute_flop", compute.value),
                            ("wall_clock_days", hours / Double(SeedCostRows.gpus) / 24),
                            ("accelerator_hours", hours), ("cost_usd", r.cost.value),
                        ])
                ])
                notes.append(
                    "\(r.label): Reckon \(r.cost.formatted) at the plan model's "
                        + "\(NumberFormat.significant(r.mfu * 100))% MFU "
                        + "against SemiAnalysis' 'optimal' \(r.semiAnalysis.formatted) (which implies "
                        + "\(NumberFormat.significant(r.impliedMFU * 100))%) and MosaicML's price "
                        + "\(r.mosaicML.formatted) (tooling "
                        + "included); no failures, staff or data work, as in SemiAnalysis' table. "
                        + "\(SeedCostRows.source).")
            }
        } catch {
            notes.append("SemiAnalysis/MosaicML rows: not computed (\(error)).")
        }
        // The paper's calibration example, Sec. 1.3: C = 120·P² for P = 1T at 10¹⁵ FLOP/s per GPU.
        let p = Parameters(1e12)
        let c = TrainingCompute.paperIdentity(parameters: p)
        let gpuTime = c / FLOPPerSecond.petaflops(1)
        rows.append([
            "Paper's 1T example: C = 120·P², ideal 1 PFLOP/s GPU", c.formatted, "100%", "—",
            NumberFormat.count(gpuTime.inHours) + " GPU-h", "—",
        ])
        commands.append([
            .command(
                "train", ["params": .text("1T"), "rule": .text("120p2")],
                expected: [("compute_flop", c.value)])
        ])
        notes.append(
            "Paper's 1T example (Faraboschi et al. 2024, Sec. 1.3): 120 × (10¹²)² = 1.2e26 FLOP; at 10¹⁵ FLOP/s that "
                + "is "
                + "\(NumberFormat.significant(gpuTime.inHours / 1e6))M GPU-hours. The paper rounds C to 10²⁶ and "
                + "quotes \"approximately 28 million\" (10²⁶ / 10¹⁵ / 3600 = 27.8M)."
        )
        notes.append(
            "Compute C = 6 · N_active · D (Kaplan et al. 2020); time = C / (GPUs × peak × MFU); cost = GPU-hours × "
                + "rental price; wall clock includes the failure overhead of the paper's Table 3 baseline at each "
                + "cluster size (next section). Rerun any row with `reckon train` and the flags above."
        )
        var headline =
            "Training compute C = 6·N·D sets the bill: the same run costs very different amounts on different "
            + "hardware generations."
        if let gpt3 = computeByModel["gpt-3"], let gpt4 = computeByModel["gpt-4-estimate"] {
            headline =
                "GPT-3 needed \(FLOP(gpt3).formatted); a GPT-4-class model (estimate) needs "
                + "\(NumberFormat.significant(gpt4 / gpt3, digits: 2))× that. "
                + "Newer accelerators cut GPT-3's bill several-fold; the frontier's growth outruns them."
        }
        var section = ReportSection(
            id: "training-cost", title: "What training a frontier model costs",
            headline: headline,
            table: Table(
                header: ["scenario", "compute", "MFU", "wall clock", "accelerator time", "rental cost"], rows: rows,
                numericColumns: [1, 2, 3, 4]),
            notes: notes,
            svg: bars.isEmpty ? nil : costChart(bars))
        section.reproductions = commands
        return section
    }

    /// Rental cost per run: a linear axis (bar lengths proportional to dollars) unless the costs span more than
    /// 100×, when small runs would vanish: then log.
    static func costChart(_ bars: [BarChart.Bar]) -> String {
        let scale = Axis.scale(for: bars.map(\.high))
        let chart = BarChart(
            title: "Rental cost of one training run",
            value: Axis(
                label: "USD" + (scale == .log ? " (log scale)" : ""), scale: scale,
                format: Axis.dollarFormat), bars: bars, orientation: .horizontal)
        return chart.svg(width: 800, height: chart.naturalHeight)
    }
}
