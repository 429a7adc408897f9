import ReckonCore
import ReckonInput
import ReckonUnits

/// The `train` page: what one run takes, the setup it assumed, where the failure overhead goes, days and cost
/// against cluster size.
enum TrainPage {
    static func result(_ r: TrainRequest.Resolved, fields: InputFields) -> Analysis.PageResult {
        let e = r.scenario.estimate()
        let s = e.scenario
        let cost = e.rentalCost.map { " and \($0.formatted) to rent" } ?? ""
        let headline =
            "\(s.model.name) on \(NumberFormat.grouped(Double(s.count))) × \(s.accelerator.name): "
            + "\(e.compute.formatted) at MFU \(PageParts.percent(s.mfu)) take "
            + "\(PageParts.days(e.wallClock.inDays)) of wall-clock time\(cost)."

        var setup = QuantityTable()
        for (label, value) in TrainReport.rows(e)
        where ["model", "parameters", "training tokens", "hardware"]
            .contains(label)
        { setup.add(label, value) }
        setup.add("precision", s.precision.label)
        var result = QuantityTable()
        result.add("training compute", e.compute.formatted, "compute_flop", e.compute.value)
        result.add("MFU", PageParts.percent(s.mfu), "mfu", s.mfu)
        let band = TrainReport.Bands(e, r.mfuInterval)
        if let m = band.mfu, let d = band.days, let interval = r.mfuInterval {
            result.add(
                "MFU, p5–p95",
                PageParts.percent(m.p5) + "–" + PageParts.percent(m.p95)
                    + " (\(interval.description))", "mfu_interval.p5", m.p5)
            result.add(
                "wall-clock time, p5–p95", NumberFormat.significant(d.p5) + "–" + PageParts.days(d.p95),
                "wall_clock_days_interval.p5", d.p5)
        }
        result.add("sustained throughput", e.clusterThroughput.formatted)
        result.add("compute time", PageParts.days(e.computeTime.inDays), "compute_days", e.computeTime.inDays)
        result.add(
            "failure overhead", "×" + NumberFormat.significant(s.failureOverhead, digits: 4),
            "failure_overhead", s.failureOverhead)
        result.add("wall-clock time", PageParts.days(e.wallClock.inDays), "wall_clock_days", e.wallClock.inDays)
        result.add(
            "accelerator-hours", NumberFormat.count(e.acceleratorTime.inHours) + " h",
            "accelerator_hours", e.acceleratorTime.inHours)
        result.add("cost, rental", e.rentalCost?.formatted ?? "— (no rental price)", "cost_usd", e.rentalCost?.value)
        result.add(
            "rental price", s.economics.rentalPrice.map { $0.formatted + " per accelerator" } ?? "—",
            "price_per_hour_usd", s.economics.rentalPrice?.inDollarsPerHour)
        result.add("cost, ownership", e.ownershipCost?.formatted ?? "—", "ownership_cost_usd", e.ownershipCost?.value)
        result.add(
            "electricity", e.energyCost?.formatted ?? "— (no published TDP)", "energy_cost_usd",
            e.energyCost?.value)
        result.add(
            "energy",
            e.energy.map { $0.formatted + " (PUE " + NumberFormat.significant(s.economics.pue) + ")" }
                ?? "— (no published TDP)", "energy_kwh", e.energy?.inKilowattHours)
        result.add(
            "emissions", e.emissions.map { $0.formatted + " CO2e" } ?? "— (no published TDP)", "co2_kg",
            e.emissions?.value)
        var tables = [
            result.page(id: "result", title: "What the run takes"),
            setup.page(id: "setup", title: "The run", numeric: false),
        ]
        if let f = r.failures { tables.append(failureTable(f)) }
        let failures = try? TrainRequest.failureOverheadModel(precision: s.precision, fields: fields)
        let chart = TrainAnalysis.clusterSizeLineChart(s, failures: failures)
        return Analysis.PageResult(
            headline: headline, tables: tables,
            charts: [PageChart(id: "train-days-vs-accelerators", chart)],
            assumptions: r.assumptions, derivation: e.derivation, notes: r.notes)
    }

    /// Where the failure overhead goes: the preset, the checkpoint, the interruptions and the goodput parts.
    static func failureTable(_ f: TimeToTrainResult) -> PageTable {
        var t = QuantityTable()
        t.add("failure preset", f.failurePreset.rawValue)
        t.add("checkpoint", f.checkpointSize.formatted, "checkpoint_bytes", f.checkpointSize.value)
        t.add(
            "expected interruptions", NumberFormat.significant(f.expectedInterruptions), "expected_interruptions",
            f.expectedInterruptions)
        t.add("goodput", PageParts.percent(f.goodput), "goodput", f.goodput)
        for part in f.parts.fractions where part.name != "productive" && part.fraction.isFinite {
            t.add(
                part.name.replacingOccurrences(of: "_", with: " "), PageParts.percent(part.fraction),
                "goodput_parts." + part.name, part.fraction)
        }
        return t.page(id: "failures", title: "Failures over the run (as `reckon scale` models them)")
    }
}
