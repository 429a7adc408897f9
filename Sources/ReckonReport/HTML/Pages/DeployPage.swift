import ReckonCore
import ReckonInput
import ReckonUnits

/// The `deploy` page: the fleet a workload needs, what serving it costs over the period against training the
/// model, and when serving overtakes training.
enum DeployPage {
    static func result(_ r: DeployRequest.Resolved) throws -> Analysis.PageResult {
        let c = try DeploymentVsDevelopment.compare(training: r.training, serving: r.serving, workload: r.workload,
                                                    economics: r.economics, period: r.period)
        let f = c.fleet, e = f.replica
        let years = NumberFormat.significant(f.period.inYears) + (f.period.inYears == 1 ? " year" : " years")
        let headline = "\(f.workload.name): \(NumberFormat.grouped(Double(f.accelerators))) × "
            + "\(e.scenario.accelerator.name) serve it for \(c.servingCost.formatted) over \(years), against "
            + "\(c.trainingCost.formatted) to train \(e.scenario.model.name): deployment ÷ development = "
            + "\(NumberFormat.significant(c.ratio, digits: 3)), serving overtakes training after "
            + "\(PageParts.days(c.breakEven.inDays))."
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
        fleet.add("serving cost", c.servingCost.formatted, "serving_cost_usd", c.servingCost.value)
        fleet.add("energy", f.energy?.formatted ?? "— (no published TDP)", "energy_kwh", f.energy?.inKilowattHours)
        fleet.add("electricity", f.energyCost?.formatted ?? "—", "energy_cost_usd", f.energyCost?.value)
        fleet.add("per million output tokens", InferReport.dollars(e.cost.usdPerMillionOutputTokens),
                  "usd_per_million_tokens.output", e.cost.usdPerMillionOutputTokens.value)
        var versus = QuantityTable()
        versus.add("training cost", c.trainingCost.formatted, "training_cost_usd", c.trainingCost.value)
        versus.add("training compute", c.training.compute.formatted, "training_compute_flop", c.training.compute.value)
        versus.add("deployment ÷ development", NumberFormat.significant(c.ratio, digits: 3),
                   "deployment_to_development_ratio", c.ratio)
        versus.add("break-even", PageParts.days(c.breakEven.inDays), "break_even_days", c.breakEven.inDays)
        if let p = r.preset {
            versus.add("Cottier 2022 estimate", NumberFormat.significant(p.referenceRatio) + " (90% CI "
                       + NumberFormat.significant(p.referenceInterval.lowerBound) + "–"
                       + NumberFormat.significant(p.referenceInterval.upperBound) + ")",
                       "reference_ratio.value", p.referenceRatio)
        }
        let tables = [fleet.page(id: "fleet", title: "The fleet"),
                      versus.page(id: "versus", title: "Against training the model"),
                      setup.page(id: "setup", title: "The workload and the replica", numeric: false)]
        var sources = PageParts.sources(r.assumptions)
        if let p = r.preset { sources.insert(p.referenceSource, at: 0) }
        return Analysis.PageResult(headline: headline, tables: tables,
                                   charts: [PageChart(id: "deploy-cumulative-cost", cumulativeChart(c))],
                                   assumptions: r.assumptions, sources: sources, notes: r.notes)
    }

    /// Cumulative serving cost over the period (linear in time at the fleet's average rate) against the one-off
    /// training cost: where the lines cross is the break-even.
    static func cumulativeChart(_ c: DeploymentVsDevelopment) -> LineChart {
        let days = c.fleet.period.inDays
        let end = max(days, min(c.breakEven.inDays * 1.2, days * 10))
        let perDay = c.servingCost.value / days
        let points = (0...20).map { i -> (x: Double, y: Double) in
            let t = end * Double(i) / 20
            return (t, perDay * t)
        }
        return LineChart(title: "Serving cost over time against the cost of training",
                         x: Axis(label: "days of serving", format: Axis.plainFormat),
                         y: Axis(label: "cumulative cost, USD", format: Axis.dollarFormat),
                         series: [.init(name: "serving (cumulative)", points: points),
                                  .init(name: "break-even: \(NumberFormat.significant(c.breakEven.inDays)) days",
                                        points: [(c.breakEven.inDays, c.trainingCost.value)], markers: true)],
                         references: [.init(name: "training cost \(c.trainingCost.formatted)",
                                            points: [(0, c.trainingCost.value), (end, c.trainingCost.value)])])
    }
}
