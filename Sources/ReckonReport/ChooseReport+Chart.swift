import ReckonAnalysis
import ReckonCore
import ReckonInput
import ReckonUnits

extension ChooseReport {
    /// Days vs dollars on log axes: every priced configuration, the frontier, the picks, and the limits.
    public static func chart(_ a: ChooseAnswer) -> String { lineChart(a).svg() }

    /// The chart of ``chart(_:)`` (for the page, which offers its data as CSV too).
    static func lineChart(_ a: ChooseAnswer) -> LineChart {
        let result = a.result
        let r = a.resolved
        let priced = result.points.indices.filter {
            result.points[$0].status == .priced && !result.frontier.contains($0)
        }
        func xy(_ i: Int) -> (x: Double, y: Double) { (result.points[i].days!, result.points[i].cost!) }
        var series: [LineChart.Series] = [
            .init(name: "Pareto frontier", points: result.frontier.map(xy)),
            .init(name: "other configurations", points: priced.map(xy), markers: true),
        ]
        if let c = a.cheapest {
            series.append(
                .init(
                    name: "cheapest" + (r.deadlineDays == nil ? "" : " meeting the deadline"),
                    points: [(result.points[c].days!, result.points[c].cost!)], markers: true))
        }
        if let f = a.fastest {
            series.append(
                .init(
                    name: "fastest" + (r.budget == nil ? "" : " within the budget"),
                    points: [(result.points[f].days!, result.points[f].cost!)], markers: true))
        }
        let costs = result.points.compactMap { $0.status == .priced ? $0.cost : nil }
        let days = result.points.compactMap { $0.status == .priced ? $0.days : nil }
        var references: [LineChart.Reference] = []
        if let d = r.deadlineDays, let lo = costs.min(), let hi = costs.max() {
            references.append(.init(name: "deadline", points: [(d, lo), (d, hi)]))
        }
        if let b = r.budget, let lo = days.min(), let hi = days.max() {
            references.append(.init(name: "budget", points: [(lo, b), (hi, b)]))
        }
        return LineChart(
            title: "\(r.model.name): wall-clock days vs cost (\(r.problem.price.rawValue))",
            x: Axis(label: "wall-clock days", scale: .log, format: Axis.plainFormat),
            y: Axis(label: "cost (USD)", format: Axis.dollarFormat),
            series: series, references: references)
    }
}
