import Foundation
import ReckonCore
import ReckonInput
import ReckonUnits

/// Renders a fleet for a workload and its cost against training.
public enum DeployReport {
    /// The stable JSON document of `reckon deploy --format json`.
    ///
    /// Fields: `preset` (null for a custom workload), `model`, `gpu`, `precision`, `input_tokens_per_day`,
    /// `output_tokens_per_day`, `input_tokens`, `output_tokens`, `peak_to_average`, `latency_target_seconds`,
    /// `ttft_target_seconds`, `period_years`, `replicas`, `tensor_parallel`, `plan`, `gpus_per_replica`, `accelerators`,
    /// `batch`, `tpot_seconds` (continuous batching), `ttft_seconds` (idle), `ttft_under_load_seconds`, `kv_capacity_tokens`,
    /// `tokens_per_second_per_gpu`, `fleet_utilization`, `gpu_hours`, `serving_cost_usd`, `energy_kwh`,
    /// `energy_cost_usd`, `usd_per_million_tokens` {input, output}, `training_cost_usd`, `training_compute_flop`,
    /// `deployment_to_development_ratio`, `break_even_days`, `reference_ratio` {value, low, high, source} (presets),
    /// `assumptions`, `notes`.
    public static func json(_ c: DeploymentVsDevelopment, _ r: DeployRequest.Resolved) -> JSONValue {
        let f = c.fleet, w = f.workload, e = f.replica, s = e.scenario
        var reference: JSONValue = .null
        if let p = r.preset {
            reference = .object([("value", .number(p.referenceRatio)), ("low", .number(p.referenceInterval.lowerBound)),
                                 ("high", .number(p.referenceInterval.upperBound)), ("source", .string(p.referenceSource))])
        }
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
            ("serving_cost_usd", .number(f.cost.value)),
            // null without a published TDP (not estimated).
            ("energy_kwh", .optional(f.energy?.inKilowattHours)),
            ("energy_cost_usd", .optional(f.energyCost?.value)),
            ("usd_per_million_tokens", .object([("input", .number(e.cost.usdPerMillionInputTokens.value)),
                                                ("output", .number(e.cost.usdPerMillionOutputTokens.value))])),
            ("training_cost_usd", .number(c.trainingCost.value)),
            ("training_compute_flop", .number(c.training.compute.value)),
            ("deployment_to_development_ratio", .number(c.ratio)),
            ("break_even_days", .number(c.breakEven.inDays)),
            ("reference_ratio", reference),
            ("assumptions", .array(r.assumptions.map { .object([("key", .string($0.key)), ("value", .string($0.value)), ("source", .string($0.source))]) })),
            ("notes", .array(r.notes.map { .string($0) })),
        ])
    }

    static func rows(_ c: DeploymentVsDevelopment, _ r: DeployRequest.Resolved) -> [(String, String)] {
        let f = c.fleet, w = f.workload, e = f.replica, s = e.scenario
        var rows: [(String, String)] = [
            ("workload", w.name + (r.preset.map { " [\($0.id)]" } ?? "")),
            ("traffic", "\(w.inputTokensPerDay.formatted) in + \(w.outputTokensPerDay.formatted) out per day; requests of \(w.inputTokensPerRequest) + \(w.outputTokensPerRequest) tokens; peak ×\(NumberFormat.significant(w.peakToAverage))"),
            ("latency target", [w.latencyTarget.map { InferReport.seconds($0) + " per output token" },
                                w.timeToFirstTokenTarget.map { InferReport.seconds($0) + " to the first token" }]
                .compactMap { $0 }.joined(separator: ", ").nonEmpty ?? "none (throughput only)"),
            ("model", s.model.name + (s.model.isEstimate ? " [ESTIMATE]" : "") + ", \(s.quantization.weights.label)"),
            ("replica", "\(e.plan.serving.gpus) × \(s.accelerator.name) (\(e.plan.serving.summary)), batch \(e.batch), \(InferReport.seconds(e.timePerOutputToken)) per token, first token \(e.timeToFirstTokenUnderLoad.map(InferReport.seconds) ?? InferReport.seconds(e.timeToFirstToken)) under load; KV cache \(NumberFormat.grouped(Double(e.kvCapacity.tokens))) tokens"),
            ("fleet", "\(NumberFormat.grouped(Double(f.accelerators))) accelerators (\(NumberFormat.grouped(Double(f.replicas))) replicas), \(NumberFormat.significant(f.utilization * 100))% busy on average"),
            ("accelerator-hours", NumberFormat.count(f.acceleratorHours) + " h over " + NumberFormat.significant(f.period.inYears) + " years"),
            ("serving cost", f.cost.formatted + " at " + s.pricePerHour.formatted),
            ("energy", f.energy.map { e in e.formatted + " (" + (f.energyCost?.formatted ?? "—") + ")" } ?? "— (no published TDP)"),
            ("training cost", "\(c.trainingCost.formatted) (\(c.training.compute.formatted) on \(NumberFormat.grouped(Double(c.training.scenario.count))) × \(c.training.scenario.accelerator.name), MFU \(NumberFormat.significant(c.training.scenario.mfu * 100))%)"),
            ("deployment ÷ development", NumberFormat.significant(c.ratio, digits: 3) + " (break-even after \(NumberFormat.significant(c.breakEven.inDays)) days of serving)"),
        ]
        if let p = r.preset {
            rows.append(("Cottier 2022 estimate", "\(NumberFormat.significant(p.referenceRatio)) (90% CI \(NumberFormat.significant(p.referenceInterval.lowerBound))–\(NumberFormat.significant(p.referenceInterval.upperBound)))"))
        }
        return rows
    }

    public static func render(_ r: DeployRequest.Resolved, format: OutputFormat) throws -> String {
        let c = try DeploymentVsDevelopment.compare(training: r.training, serving: r.serving, workload: r.workload,
                                                    economics: r.economics, period: r.period)
        switch format {
        case .json: return json(c, r).rendered() + "\n"
        case .csv:
            guard case .object(let pairs) = json(c, r) else { return "" }
            let scalars = pairs.filter { if case .object = $0.1 { return false }; if case .array = $0.1 { return false }; return true }
            return Table(header: scalars.map(\.0), rows: [scalars.map { TrainReport.cellText($0.1) }]).csv()
        case .markdown:
            var out = "## Deployment vs development\n\n" + Table(header: ["quantity", "value"], rows: rows(c, r).map { [$0.0, $0.1] }).markdown()
            out += "\n\n### Assumptions\n\n" + Table(header: ["input", "value", "source"], rows: r.assumptions.map { [$0.key, $0.value, $0.source] }).markdown()
            if !r.notes.isEmpty { out += "\n\n" + r.notes.map { "- " + $0 }.joined(separator: "\n") }
            return out + "\n"
        case .text:
            var out = Table(header: ["quantity", "value"], rows: rows(c, r).map { [$0.0, $0.1] }).text() + "\n"
            if !r.assumptions.isEmpty {
                out += "\nAssumptions:\n"
                for a in r.assumptions { out += "  \(a.key): \(a.value)   [\(a.source)]\n" }
            }
            for n in r.notes { out += "\nNote: " + n + "\n" }
            return out
        }
    }
}

extension String {
    /// Nil for the empty string.
    var nonEmpty: String? { isEmpty ? nil : self }
}
