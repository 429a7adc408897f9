import Foundation
import ReckonCore
import ReckonInput
import ReckonUnits

/// Renders a fleet for a workload and its cost against training, beside Cottier's instance-day arithmetic.
public enum DeployReport {
    /// The stable JSON document of `reckon deploy --format json`.
    ///
    /// Fields: `preset` (null for a custom workload), `model`, `gpu`, `precision`, `input_tokens_per_day`,
    /// `output_tokens_per_day`, `input_tokens`, `output_tokens`, `peak_to_average`, `latency_target_seconds`,
    /// `ttft_target_seconds`, `period_years`, `traffic_growth`, `price_decline`, `replicas`, `tensor_parallel`, `plan`,
    /// `gpus_per_replica`, `accelerators`, `batch`, `tpot_seconds` (continuous batching), `ttft_seconds` (idle),
    /// `ttft_under_load_seconds`, `kv_capacity_tokens`, `tokens_per_second_per_gpu`, `fleet_utilization`, `gpu_hours`,
    /// `first_year_serving_cost_usd`, `serving_cost_usd` (over the period, with growth and price decline; null without
    /// a price), `energy_kwh`, `energy_cost_usd` (null without a TDP), `usd_per_million_tokens` {input, output},
    /// `training_cost_usd`,
    /// `training_compute_flop`, `deployment_to_development_ratio`, `break_even_days` (null: never),
    /// `ratio_over_time` [{`years`, `ratio`}], `cottier_method` {`words_per_day`, `instances`,
    /// `words_per_instance_day`, `gpus_per_instance`, `development_gpu_hours`, `ratio`, `source`},
    /// `reference_ratio` {`value`, `low`, `high`, `accelerators`, `source`} (presets; null entries where the source
    /// gives none), `assumptions`, `notes`.
    public static func json(_ c: DeploymentVsDevelopment, _ r: DeployRequest.Resolved) -> JSONValue {
        let f = c.fleet
        let w = f.workload
        let e = f.replica
        let s = e.scenario
        let k = r.cottier
        let known = s.priceKnown
        func money(_ x: Double) -> JSONValue { .optional(known ? x : nil) }
        var reference: JSONValue = .null
        if let p = r.preset {
            let ref = p.reference
            reference = .object([
                ("value", .optional(ref.ratio)), ("low", .optional(ref.interval?.lowerBound)),
                ("high", .optional(ref.interval?.upperBound)),
                ("accelerators", .optional(ref.accelerators.map(Double.init))),
                ("source", .string(ref.source)),
            ])
        }
        let curve = c.lifetime.curve(years: c.years, points: 13)
        return .object([
            ("preset", r.preset.map { .string($0.id) } ?? .null),
            ("workload", .string(w.name)),
            ("model", .string(s.model.id)),
            ("gpu", .string(s.accelerator.id)),
            ("precision", .string(s.quantization.weights.rawValue)),
            ("input_tokens_per_day", .number(w.inputTokensPerDay.value)),
            ("output_tokens_per_day", .number(w.outputTokensPerDay.value)),
            ("input_tokens", .number(Double(w.inputTokensPerRequest))),
            ("output_tokens", .number(Double(w.outputTokensPerRequest))),
            ("peak_to_average", .number(w.peakToAverage)),
            ("latency_target_seconds", .optional(w.latencyTarget?.value)),
            ("ttft_target_seconds", .optional(w.timeToFirstTokenTarget?.value)),
            ("period_years", .number(f.period.inYears)),
            ("traffic_growth", .number(r.trafficGrowth)),
            ("price_decline", .number(r.priceDecline)),
            ("replicas", .number(Double(f.replicas))),
            ("tensor_parallel", .number(Double(e.plan.tensorParallel))),
            ("plan", .string(e.plan.serving.summary)),
            ("gpus_per_replica", .number(Double(e.plan.serving.gpus))),
            ("accelerators", .number(Double(f.accelerators))),
            ("batch", .number(Double(e.batch))),
            ("tpot_seconds", .number(e.timePerOutputToken.value)),
            ("ttft_seconds", .number(e.timeToFirstToken.value)),
            ("ttft_under_load_seconds", .optional(e.timeToFirstTokenUnderLoad?.value)),
            ("kv_capacity_tokens", .number(Double(e.kvCapacity.tokens))),
            ("tokens_per_second_per_gpu", .number(e.tokensPerSecondPerAccelerator.value)),
            ("fleet_utilization", .number(f.utilization)),
            ("gpu_hours", .number(f.acceleratorHours)),
            ("first_year_serving_cost_usd", money(c.lifetime.firstYearCost.value)),
            ("serving_cost_usd", money(c.servingCost.value)),
            // null without a published TDP (not estimated).
            ("energy_kwh", .optional(f.energy?.inKilowattHours)),
            ("energy_cost_usd", .optional(f.energyCost?.value)),
            (
                "usd_per_million_tokens",
                .object([
                    ("input", money(e.cost.usdPerMillionInputTokens.value)),
                    ("output", money(e.cost.usdPerMillionOutputTokens.value)),
                ])
            ),
            ("training_cost_usd", money(c.trainingCost.value)),
            ("training_compute_flop", .number(c.training.compute.value)),
            ("deployment_to_development_ratio", .number(c.ratio)),
            ("break_even_days", .optional(c.breakEven?.inDays)),
            (
                "ratio_over_time",
                .array(
                    curve.map {
                        .object([
                            ("years", .number($0.years)),
                            (
                                "ratio",
                                .number($0.ratio)
                            ),
                        ])
                    })
            ),
            (
                "cottier_method",
                .object([
                    ("words_per_day", .number(k.wordsPerDay)), ("instances", .number(k.instances)),
                    ("words_per_instance_day", .number(k.wordsPerInstanceDay)),
                    ("gpus_per_instance", .number(Double(k.acceleratorsPerInstance))),
                    ("development_gpu_hours", .number(k.developmentGPUHours)), ("ratio", .number(k.ratio)),
                    ("source", .string(CottierEstimate.source)),
                ])
            ),
            ("reference_ratio", reference),
            (
                "assumptions",
                .array(
                    r.assumptions.map {
                        .object([
                            ("key", .string($0.key)), ("value", .string($0.value)),
                            ("source", .string($0.source)),
                        ])
                    })
            ),
            ("notes", .array((r.notes + why(c, r)).map { .string($0) })),
        ])
    }

    static func ratioText(_ x: Double) -> String { NumberFormat.significant(x, digits: 3) }

    /// The sentences that say why Reckon's ratio and Cottier's differ, from the numbers of this run.
    static func why(_ c: DeploymentVsDevelopment, _ r: DeployRequest.Resolved) -> [String] {
        let k = r.cottier
        let w = c.fleet.workload
        var out: [String] = []
        let prefill = w.inputTokensPerDay.value * c.fleet.replica.prefillTimePerInputToken.value
        let decode = w.outputTokensPerDay.value * c.fleet.replica.replicaTimePerOutputToken.value
        let share = prefill / max(prefill + decode, .leastNonzeroMagnitude)
        let perInstance = NumberFormat.significant(k.wordsPerInstanceDay / 1e6)
        let busyShare = NumberFormat.significant(share * 100, digits: 2)
        out.append(
            "Why the two ratios differ: Cottier's method counts generated words only, at his best-case "
                + "\(perInstance)M words per instance-day, against the model's published training GPU-hours; "
                + "Reckon's fleet also processes the prompts (here \(busyShare)% of the busy time), batches under "
                + "the latency target, sizes for peak ×\(NumberFormat.significant(w.peakToAverage)), and compares "
                + "with Reckon's own training estimate on \(c.training.scenario.accelerator.name).")
        if let ref = r.preset?.reference, let i = ref.interval {
            let inside = { (x: Double) in i.contains(x) ? "inside" : (x < i.lowerBound ? "below" : "above") }
            out.append(
                "Against Cottier's 90% CI \(ratioText(i.lowerBound))–\(ratioText(i.upperBound)): his method "
                    + "on these assumptions gives \(ratioText(k.ratio)) (\(inside(k.ratio))), Reckon's fleet "
                    + "\(ratioText(c.ratio)) (\(inside(c.ratio))). The traffic per day is Reckon's assumption "
                    + "(above): the stored copies of his post do not give his words per day.")
        }
        if let n = r.preset?.reference.accelerators {
            let fleet = Double(c.fleet.accelerators)
            let times = NumberFormat.significant(fleet / Double(n), digits: 2)
            out.append(
                "SemiAnalysis sized this workload at \(NumberFormat.grouped(Double(n))) accelerators; Reckon's "
                    + "fleet is \(NumberFormat.grouped(fleet)) (×\(times)): SemiAnalysis assumed 'FLOPS utilization "
                    + "rates 2x higher than FasterTransformer'; Reckon uses the serving efficiencies checked on "
                    + "TensorRT-LLM rows, and the KV cache of long sequences caps the batch.")
        }
        return out
    }

    static func rows(_ c: DeploymentVsDevelopment, _ r: DeployRequest.Resolved) -> [(String, String)] {
        let f = c.fleet
        let w = f.workload
        let e = f.replica
        let s = e.scenario
        let k = r.cottier
        let known = s.priceKnown
        let targets = [
            w.latencyTarget.map { InferReport.seconds($0) + " per output token" },
            w.timeToFirstTokenTarget.map {
                InferReport.seconds($0)
                    + " to the first token"
            },
        ].compactMap { $0 }
        let firstToken = e.timeToFirstTokenUnderLoad.map(InferReport.seconds) ?? InferReport.seconds(e.timeToFirstToken)
        var rows: [(String, String)] = [
            ("workload", w.name + (r.preset.map { " [\($0.id)]" } ?? "")),
            (
                "traffic",
                "\(w.inputTokensPerDay.formatted) in + \(w.outputTokensPerDay.formatted) out per day; requests of "
                    + "\(w.inputTokensPerRequest) + \(w.outputTokensPerRequest) tokens; peak "
                    + "×\(NumberFormat.significant(w.peakToAverage))"
            ),
            ("latency target", targets.isEmpty ? "none (throughput only)" : targets.joined(separator: ", ")),
            ("model", s.model.name + (s.model.isEstimate ? " [ESTIMATE]" : "") + ", \(s.quantization.weights.label)"),
            (
                "replica",
                "\(e.plan.serving.gpus) × \(s.accelerator.name) (\(e.plan.serving.summary)), batch \(e.batch), "
                    + "\(InferReport.seconds(e.timePerOutputToken)) per token, first token \(firstToken) under load; "
                    + "KV "
                    + "cache "
                    + "\(NumberFormat.grouped(Double(e.kvCapacity.tokens))) tokens"
            ),
            (
                "fleet",
                "\(NumberFormat.grouped(Double(f.accelerators))) accelerators "
                    + "(\(NumberFormat.grouped(Double(f.replicas))) replicas), "
                    + "\(NumberFormat.significant(f.utilization * 100))% busy on average"
            ),
            (
                "accelerator-hours",
                NumberFormat.count(f.acceleratorHours) + " h over " + NumberFormat.significant(f.period.inYears)
                    + " years"
            ),
            (
                "serving cost",
                known
                    ? c.servingCost.formatted + " at " + s.pricePerHour.formatted + lifetimeText(c, r)
                    : "— (no published price)"
            ),
            (
                "energy",
                f.energy.map { e in e.formatted + " (" + (f.energyCost?.formatted ?? "—") + ")" }
                    ?? "— (no published TDP)"
            ),
            (
                "training cost",
                "\(known ? c.trainingCost.formatted : "—") (\(c.training.compute.formatted) on "
                    + "\(NumberFormat.grouped(Double(c.training.scenario.count))) × "
                    + "\(c.training.scenario.accelerator.name), MFU "
                    + "\(NumberFormat.significant(c.training.scenario.mfu * 100))%)"
            ),
            (
                "deployment ÷ development",
                ratioText(c.ratio) + " (break-even after "
                    + (c.breakEven.map { NumberFormat.significant($0.inDays) + " days" } ?? "never") + " of serving)"
            ),
            (
                "Cottier's method",
                "\(ratioText(k.ratio)): \(NumberFormat.count(k.wordsPerDay)) words/day ÷ "
                    + "\(NumberFormat.count(k.wordsPerInstanceDay)) per instance-day = "
                    + "\(NumberFormat.significant(k.instances, digits: 3)) "
                    + "instances × \(k.acceleratorsPerInstance) GPUs × \(NumberFormat.significant(k.days)) days ÷ "
                    + "\(NumberFormat.grouped(k.developmentGPUHours)) development GPU-hours"
            ),
        ]
        if let ref = r.preset?.reference {
            if let x = ref.ratio, let i = ref.interval {
                rows.append(
                    (
                        "Cottier 2022 estimate",
                        "\(NumberFormat.significant(x)) (90% CI "
                            + "\(NumberFormat.significant(i.lowerBound))–\(NumberFormat.significant(i.upperBound)))"
                    ))
            }
            if let n = ref.accelerators {
                rows.append(
                    (
                        "published fleet",
                        "\(NumberFormat.grouped(Double(n))) accelerators (SemiAnalysis)"
                    ))
            }
        }
        return rows
    }

    static func lifetimeText(_ c: DeploymentVsDevelopment, _ r: DeployRequest.Resolved) -> String {
        guard r.trafficGrowth != 1 || r.priceDecline != 0 else { return "" }
        return "; traffic ×\(NumberFormat.significant(r.trafficGrowth))/yr, serving price −"
            + "\(NumberFormat.significant(r.priceDecline * 100))%/yr (first year \(c.lifetime.firstYearCost.formatted))"
    }

    public static func render(_ r: DeployRequest.Resolved, format: OutputFormat) throws -> String {
        let c = try r.compare()
        let notes = r.notes + why(c, r)
        switch format {
        case .json: return json(c, r).rendered() + "\n"
        case .csv:
            guard case .object(let pairs) = json(c, r) else { return "" }
            let scalars = pairs.filter {
                if case .object = $0.1 { return false }
                if case .array = $0.1 { return false }
                return true
            }
            return Table(header: scalars.map(\.0), rows: [scalars.map { TrainReport.cellText($0.1) }]).csv()
        case .markdown:
            var out =
                "## Deployment vs development\n\n"
                + Table(header: ["quantity", "value"], rows: rows(c, r).map { [$0.0, $0.1] }).markdown()
            out += AssumptionList.markdown(r.assumptions)
            out += "\n\n" + notes.map { "- " + $0 }.joined(separator: "\n")
            return out + "\n"
        case .text:
            var out = Table(header: ["quantity", "value"], rows: rows(c, r).map { [$0.0, $0.1] }).text() + "\n"
            if !r.assumptions.isEmpty {
                out += "\nAssumptions:\n"
                for a in r.assumptions { out += "  \(a.key): \(a.value)   [\(a.source)]\n" }
            }
            for n in notes { out += "\nNote: " + n + "\n" }
            return out
        }
    }

    /// Deployment ÷ development over the product's life (log y), with break-even and Cottier's interval.
    public static func chart(_ r: DeployRequest.Resolved) throws -> LineChart {
        let c = try r.compare()
        let horizon = max(c.years, 1)
        let points = c.lifetime.curve(years: horizon, points: 60).filter { $0.ratio > 0 }
        var references = [LineChart.Reference(name: "break-even (1)", points: [(0, 1), (horizon, 1)])]
        if let i = r.preset?.reference.interval {
            references.append(
                .init(
                    name: "Cottier's 90% CI, low",
                    points: [
                        (0, i.lowerBound),
                        (
                            horizon,
                            i.lowerBound
                        ),
                    ]))
            references.append(
                .init(
                    name: "Cottier's 90% CI, high",
                    points: [
                        (0, i.upperBound),
                        (
                            horizon,
                            i.upperBound
                        ),
                    ]))
        }
        return LineChart(
            title: "Deployment ÷ development over the product's life",
            x: Axis(label: "years of serving", format: Axis.plainFormat),
            y: Axis(
                label: "cumulative serving cost ÷ training cost (log scale)", scale: .log,
                format: Axis.plainFormat),
            series: [
                .init(
                    name: "Reckon's fleet (\(r.workload.name))",
                    points: points.map { ($0.years, $0.ratio) })
            ],
            references: references)
    }
}
