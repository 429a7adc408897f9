import ReckonCore
import ReckonInput
import ReckonUnits

/// The `deploy` page: the fleet a workload needs, what serving it costs over the period against training the
/// model (beside Cottier's own arithmetic), and deployment ÷ development over the product's life.
enum DeployPage {
    static func result(_ r: DeployRequest.Resolved) throws -> Analysis.PageResult {
        let c = try r.compare()
        let f = c.fleet
        let e = f.replica
        let k = r.cottier
        let known = e.scenario.priceKnown
        func money(_ x: USD) -> String { known ? x.formatted : "— (no published price)" }
        let years = NumberFormat.significant(c.years) + (c.years == 1 ? " year" : " years")
        var headline =
            "\(f.workload.name): \(NumberFormat.grouped(Double(f.accelerators))) × "
            + "\(e.scenario.accelerator.name) serve it"
        if known {
            headline +=
                " for \(c.servingCost.formatted) over \(years), against \(c.trainingCost.formatted) to train "
                + "\(e.scenario.model.name)"
        }
        headline += ": deployment ÷ development = \(NumberFormat.significant(c.ratio, digits: 3))"
        headline += c.breakEven.map { ", serving overtakes training after \(PageParts.days($0.inDays))." } ?? "."
        var setup = QuantityTable()
        for (label, value) in DeployReport.rows(c, r)
        where ["workload", "traffic", "latency target", "model", "replica"].contains(label) {
            setup.add(label, value)
        }
        var fleet = QuantityTable()
        fleet.add("accelerators", NumberFormat.count(Double(f.accelerators)), "accelerators", Double(f.accelerators))
        fleet.add("replicas", NumberFormat.count(Double(f.replicas)), "replicas", Double(f.replicas))
        fleet.add("average utilization", PageParts.percent(f.utilization), "fleet_utilization", f.utilization)
        fleet.add("accelerator-hours", NumberFormat.count(f.acceleratorHours) + " h", "gpu_hours", f.acceleratorHours)
        fleet.add(
            "serving cost, first year", money(c.lifetime.firstYearCost), "first_year_serving_cost_usd",
            known ? c.lifetime.firstYearCost.value : nil)
        fleet.add(
            "serving cost over \(years)", money(c.servingCost), "serving_cost_usd",
            known ? c.servingCost.value : nil)
        fleet.add("energy", f.energy?.formatted ?? "— (no published TDP)", "energy_kwh", f.energy?.inKilowattHours)
        fleet.add("electricity", f.energyCost?.formatted ?? "—", "energy_cost_usd", f.energyCost?.value)
        fleet.add(
            "per million output tokens", known ? InferReport.dollars(e.cost.usdPerMillionOutputTokens) : "—",
            "usd_per_million_tokens.output", known ? e.cost.usdPerMillionOutputTokens.value : nil)
        var versus = QuantityTable()
        versus.add("training cost", money(c.trainingCost), "training_cost_usd", known ? c.trainingCost.value : nil)
        versus.add("training compute", c.training.compute.formatted, "training_compute_flop", c.training.compute.value)
        versus.add(
            "deployment ÷ development", NumberFormat.significant(c.ratio, digits: 3),
            "deployment_to_development_ratio", c.ratio)
        versus.add(
            "break-even", c.breakEven.map { PageParts.days($0.inDays) } ?? "never", "break_even_days",
            c.breakEven?.inDays)
        versus.add("Cottier's method", NumberFormat.significant(k.ratio, digits: 3), "cottier_method.ratio", k.ratio)
        if let ref = r.preset?.reference {
            if let x = ref.ratio, let i = ref.interval {
                versus.add(
                    "Cottier 2022 estimate",
                    NumberFormat.significant(x) + " (90% CI "
                        + NumberFormat.significant(i.lowerBound) + "–" + NumberFormat.significant(i.upperBound) + ")",
                    "reference_ratio.value", x)
            }
            if let n = ref.accelerators {
                versus.add(
                    "published fleet", NumberFormat.count(Double(n)) + " accelerators",
                    "reference_ratio.accelerators", Double(n))
            }
        }
        let tables = [
            fleet.page(id: "fleet", title: "The fleet"),
            versus.page(id: "versus", title: "Against training the model"),
            setup.page(id: "setup", title: "The workload and the replica", numeric: false),
        ]
        var sources = PageParts.sources(r.assumptions, extra: [CottierEstimate.source])
        if let p = r.preset { sources.insert(p.reference.source, at: 0) }
        return Analysis.PageResult(
            headline: headline, tables: tables,
            charts: [PageChart(id: "deploy-ratio-over-time", try DeployReport.chart(r))],
            assumptions: r.assumptions, sources: sources,
            notes: r.notes + DeployReport.why(c, r))
    }
}
