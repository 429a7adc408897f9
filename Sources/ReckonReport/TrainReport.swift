import Foundation
import ReckonAnalysis
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
    /// `goodput_parts` (null with --no-failures). When the MFU is the plan model's prediction: `mfu_interval`,
    /// `wall_clock_days_interval`, `accelerator_hours_interval`, `cost_usd_interval`, `ownership_cost_usd_interval`
    /// ({`p5`, `p95`}, from the plan model's residuals: ``ResidualInterval``) and `interval_source`; null otherwise.
    public static func json(
        _ e: TrainingEstimate, assumptions: [Assumption] = [], notes: [String] = [],
        failures: TimeToTrainResult? = nil, interval: ResidualInterval? = nil
    ) -> JSONValue {
        let s = e.scenario
        let band = Bands(e, interval)
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
            ("mfu_interval", PlanReport.interval(band.mfu)),
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
            ("wall_clock_days_interval", PlanReport.interval(band.days)),
            ("accelerator_hours_interval", PlanReport.interval(band.hours)),
            ("cost_usd_interval", PlanReport.interval(band.rental)),
            ("ownership_cost_usd_interval", PlanReport.interval(band.ownership)),
            ("interval_source", interval.map { .string($0.description) } ?? .null),
            (
                "assumptions",
                .object(
                    assumptions.map {
                        ($0.key, .object([("value", .string($0.value)), ("source", .string($0.source))]))
                    })
            ),
            ("notes", .array(notes.map { .string($0) })),
            (
                "derivation",
                .array(
                    e.derivation.map { step in
                        .object([
                            ("name", .string(step.name)), ("formula", .string(step.formula)),
                            ("value", .number(step.value)),
                            ("unit", .string(step.unit)), ("source", .string(step.source)),
                        ])
                    })
            ),
        ])
    }

    /// The p5–p95 of the figures that scale with the MFU, from the plan model's residuals (all nil without them):
    /// MFU `[MFU·q₅, MFU·q₉₅]`; days, accelerator-hours and both costs `[t/q₉₅, t/q₅]` (each ∝ 1/MFU).
    struct Bands {
        var mfu, days, hours, rental, ownership: PredictionInterval?

        init(_ e: TrainingEstimate, _ interval: ResidualInterval?) {
            guard let i = interval else { return }
            mfu = i.throughput(e.scenario.mfu)
            days = i.duration(e.wallClock.inDays)
            hours = i.duration(e.acceleratorTime.inHours)
            rental = e.rentalCost.map { i.duration($0.value) }
            ownership = e.ownershipCost.map { i.duration($0.value) }
        }
    }

    /// " (a–b)" for a band, written with `format`; empty without one.
    static func span(_ b: PredictionInterval?, _ format: (Double) -> String) -> String {
        b.map { " (\(format($0.p5))–\(format($0.p95)))" } ?? ""
    }

    /// Label, value-with-unit rows shared by text, Markdown and CSV; with `interval`, the p5–p95 of the MFU, days,
    /// accelerator-hours and costs from the plan model's residuals.
    static func rows(_ e: TrainingEstimate, interval: ResidualInterval? = nil) -> [(String, String)] {
        let s = e.scenario
        let band = Bands(e, interval)
        let percent = { (x: Double) in NumberFormat.significant(x * 100) + "%" }
        let mfu =
            band.mfu.map { b in
                " (\(NumberFormat.significant(b.p5 * 100))–\(percent(b.p95)), p5–p95 of the "
                    + "\(interval!.description))"
            } ?? ""
        var rows: [(String, String)] = [
            ("model", s.model.name + (s.model.isEstimate ? " [ESTIMATE]" : "")),
            (
                "parameters",
                s.model.isMixtureOfExperts
                    ? "\(s.model.totalParameters.formatted) total, \(s.model.activeParameters.formatted) active"
                    : s.model.totalParameters.formatted
            ),
            ("training tokens", e.tokens.formatted),
            ("training compute", e.compute.formatted),
            (
                "hardware",
                "\(NumberFormat.grouped(Double(s.count))) × \(s.accelerator.name), \(s.precision.label) peak "
                    + "\(s.accelerator.peak(at: s.precision)!.formatted) each"
            ),
            ("MFU", percent(s.mfu) + mfu),
            ("sustained throughput", e.clusterThroughput.formatted),
            ("compute time", NumberFormat.significant(e.computeTime.inDays) + " days"),
        ]
        if s.failureOverhead != 1 {
            rows.append(("failure overhead", "× " + NumberFormat.significant(s.failureOverhead, digits: 4)))
        }
        rows += [
            (
                "wall-clock time",
                NumberFormat.significant(e.wallClock.inDays) + " days"
                    + span(band.days) { NumberFormat.significant($0) }
            ),
            (
                "accelerator-hours",
                NumberFormat.count(e.acceleratorTime.inHours) + " h"
                    + span(band.hours) { NumberFormat.count($0) }
            ),
            ("cost, rental", rental(e) + span(band.rental) { USD($0).formatted }),
            ("cost, ownership", ownership(e) + span(band.ownership) { USD($0).formatted }),
            (
                "energy",
                e.energy.map { $0.formatted + " (PUE " + NumberFormat.significant(s.economics.pue) + ")" }
                    ?? "— (no published TDP)"
            ),
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
        case .json:
            return json(
                e, assumptions: r.assumptions, notes: r.notes, failures: r.failures,
                interval: r.mfuInterval
            ).rendered() + "\n"
        case .csv:
            let j = json(e, assumptions: r.assumptions, notes: r.notes, interval: r.mfuInterval)
            guard case .object(let pairs) = j else { return "" }
            let scalars = pairs.filter {
                if case .object = $0.1 { return false }
                if case .array = $0.1 { return false }
                return true
            }
            return Table(header: scalars.map(\.0), rows: [scalars.map { cellText($0.1) }]).csv()
        case .markdown:
            let cells = rows(e, interval: r.mfuInterval).map { [$0.0, $0.1] }
            let table = Table(header: ["quantity", "value"], rows: cells)
            var out = "## Training estimate\n\n" + table.markdown()
            out += AssumptionList.markdown(r.assumptions)
            out += AssumptionList.derivationMarkdown(e.derivation)
            if !r.notes.isEmpty { out += "\n\n" + r.notes.map { "- " + $0 }.joined(separator: "\n") }
            return out + "\n"
        case .text:
            let cells = rows(e, interval: r.mfuInterval).map { [$0.0, $0.1] }
            let table = Table(header: ["quantity", "value"], rows: cells)
            var out = table.text() + "\n"
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
