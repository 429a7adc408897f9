import Foundation
import ReckonCore
import ReckonInput
import ReckonUnits

/// Renders a training estimate in every output format.
public enum TrainReport {
    /// The stable JSON document of `reckon train --format json`.
    ///
    /// Fields: `model`, `params`, `active_params`, `tokens`, `compute_flop`, `gpu`, `gpus`, `precision`, `mfu`,
    /// `peak_flops_per_gpu`, `compute_days`, `failure_overhead`, `wall_clock_days`, `accelerator_hours`, `cost_usd`
    /// (rental), `ownership_cost_usd` (null without a purchase price), `energy_cost_usd`, `energy_kwh`, `co2_kg`,
    /// `assumptions` {key: {value, source}}, `notes` [..], `derivation` [{name, formula, value, unit, source}], and the
    /// failure model's `failure_preset`, `checkpoint_bytes`, `expected_interruptions` (over the run), `goodput` and
    /// `goodput_parts` (null with --no-failures).
    public static func json(_ e: TrainingEstimate, assumptions: [Assumption] = [], notes: [String] = [],
                            failures: TimeToTrainResult? = nil) -> JSONValue {
        let s = e.scenario
        return .object([
            ("model", .string(s.model.id)),
            ("model_name", .string(s.model.name)),
            ("model_is_estimate", .bool(s.model.isEstimate)),
            ("params", .number(s.model.totalParameters.value)),
            ("active_params", .number(s.model.activeParameters.value)),
            ("tokens", .number(e.tokens.value)),
            ("compute_flop", .number(e.compute.value)),
            ("gpu", .string(s.accelerator.id)),
            ("gpus", .number(Double(s.count))),
            ("precision", .string(s.precision.rawValue)),
            ("mfu", .number(s.mfu)),
            ("peak_flops_per_gpu", .number(s.accelerator.peak(at: s.precision)!.value)),
            ("compute_days", .number(e.computeTime.inDays)),
            ("failure_overhead", .number(s.failureOverhead)),
            ("failure_preset", failures.map { .string($0.failurePreset.rawValue) } ?? .null),
            ("checkpoint_bytes", .optional(failures?.checkpointSize.value)),
            ("expected_interruptions", .optional(failures?.expectedInterruptions)),
            ("goodput", .optional(failures?.goodput)),
            ("goodput_parts", failures.map { ScaleReport.partsJSON($0.parts) } ?? .null),
            ("wall_clock_days", .number(e.wallClock.inDays)),
            ("accelerator_hours", .number(e.acceleratorTime.inHours)),
            // null where the catalog has no price (cost) or no published TDP (energy, its cost, CO2, ownership).
            ("price_per_hour_usd", .optional(s.economics.rentalPrice?.inDollarsPerHour)),
            ("cost_usd", .optional(e.rentalCost?.value)),
            ("ownership_cost_usd", .optional(e.ownershipCost?.value)),
            ("energy_cost_usd", .optional(e.energyCost?.value)),
            ("energy_kwh", .optional(e.energy?.inKilowattHours)),
            ("co2_kg", .optional(e.emissions?.value)),
            ("assumptions", .object(assumptions.map { ($0.key, .object([("value", .string($0.value)), ("source", .string($0.source))])) })),
            ("notes", .array(notes.map { .string($0) })),
            ("derivation", .array(e.derivation.map { step in
                .object([("name", .string(step.name)), ("formula", .string(step.formula)), ("value", .number(step.value)),
                         ("unit", .string(step.unit)), ("source", .string(step.source))])
            })),
        ])
    }

    /// Label, value-with-unit rows shared by text, Markdown and CSV.
    static func rows(_ e: TrainingEstimate) -> [(String, String)] {
        let s = e.scenario
        var rows: [(String, String)] = [
            ("model", s.model.name + (s.model.isEstimate ? " [ESTIMATE]" : "")),
            ("parameters", s.model.isMixtureOfExperts ? "\(s.model.totalParameters.formatted) total, \(s.model.activeParameters.formatted) active" : s.model.totalParameters.formatted),
            ("training tokens", e.tokens.formatted),
            ("training compute", e.compute.formatted),
            ("hardware", "\(NumberFormat.grouped(Double(s.count))) × \(s.accelerator.name), \(s.precision.label) peak \(s.accelerator.peak(at: s.precision)!.formatted) each"),
            ("MFU", NumberFormat.significant(s.mfu * 100) + "%"),
            ("sustained throughput", e.clusterThroughput.formatted),
            ("compute time", NumberFormat.significant(e.computeTime.inDays) + " days"),
        ]
        if s.failureOverhead != 1 {
            rows.append(("failure overhead", "× " + NumberFormat.significant(s.failureOverhead, digits: 4)))
        }
        rows += [
            ("wall-clock time", NumberFormat.significant(e.wallClock.inDays) + " days"),
            ("accelerator-hours", NumberFormat.count(e.acceleratorTime.inHours) + " h"),
            ("cost, rental", rental(e)),
            ("cost, ownership", ownership(e)),
            ("energy", e.energy.map { $0.formatted + " (PUE " + NumberFormat.significant(s.economics.pue) + ")" } ?? "— (no published TDP)"),
            ("emissions", e.emissions.map { $0.formatted + " CO2e" } ?? "— (no published TDP)"),
        ]
        return rows
    }

    static func rental(_ e: TrainingEstimate) -> String {
        guard let cost = e.rentalCost, let price = e.scenario.economics.rentalPrice else {
            return "— (no rental price; give --price-per-hour)"
        }
        return cost.formatted + " at " + price.formatted
    }

    static func ownership(_ e: TrainingEstimate) -> String {
        if let own = e.ownershipCost, let electricity = e.energyCost {
            return own.formatted + " (amortized hardware + \(electricity.formatted) electricity)"
        }
        if e.scenario.economics.purchasePrice == nil { return "n/a (no purchase price)" }
        return "— (no published TDP for its electricity)"
    }

    /// Renders in `format`.
    public static func render(_ r: TrainRequest.Resolved, format: OutputFormat) -> String {
        let e = r.scenario.estimate()
        switch format {
        case .json: return json(e, assumptions: r.assumptions, notes: r.notes, failures: r.failures).rendered() + "\n"
        case .csv:
            let j = json(e, assumptions: r.assumptions, notes: r.notes)
            guard case .object(let pairs) = j else { return "" }
            let scalars = pairs.filter { if case .object = $0.1 { return false }; if case .array = $0.1 { return false }; return true }
            return Table(header: scalars.map(\.0), rows: [scalars.map { cellText($0.1) }]).csv()
        case .markdown:
            var out = "## Training estimate\n\n" + Table(header: ["quantity", "value"], rows: rows(e).map { [$0.0, $0.1] }).markdown()
            out += "\n\n### Assumptions\n\n" + Table(header: ["input", "value", "source"], rows: r.assumptions.map { [$0.key, $0.value, $0.source] }).markdown()
            out += "\n\n### Derivation\n\n" + Table(header: ["step", "formula", "value", "unit"], rows: e.derivation.map { [$0.name, $0.formula, NumberFormat.compact($0.value), $0.unit] }).markdown()
            if !r.notes.isEmpty { out += "\n\n" + r.notes.map { "- " + $0 }.joined(separator: "\n") }
            return out + "\n"
        case .text:
            var out = Table(header: ["quantity", "value"], rows: rows(e).map { [$0.0, $0.1] }).text() + "\n"
            out += AssumptionList.text(r.assumptions)
            out += "\nDerivation:\n"
            for d in e.derivation { out += "  \(d.name): \(d.formula) = \(NumberFormat.compact(d.value)) \(d.unit)\n" }
            for n in r.notes { out += "\nNote: " + n + "\n" }
            return out
        }
    }

    static func cellText(_ v: JSONValue) -> String {
        switch v {
        case .string(let s): s
        case .number(let x): JSONValue.number(x)
        case .bool(let b): b ? "true" : "false"
        case .null: ""
        default: ""
        }
    }
}
