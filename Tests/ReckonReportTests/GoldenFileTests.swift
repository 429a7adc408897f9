import Foundation
import Testing
import ReckonUnits
@testable import ReckonReport

/// Renderer output against checked-in golden files (Tests/ReckonReportTests/Golden/). The inputs are fixed
/// here, so a change in the files means the renderer changed: review the diff, then regenerate with
/// `RECKON_UPDATE_GOLDEN=1 swift test --filter GoldenFileTests`.
@Suite struct GoldenFileTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    func check(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = Self.directory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["RECKON_UPDATE_GOLDEN"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return  // update mode writes; comparing with what was just written could not fail
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "\(name) differs from its golden file", sourceLocation: sourceLocation)
    }

    static let lineChart = LineChart(
        title: "Time to train vs GPUs",
        x: Axis(label: "GPUs", scale: .log), y: Axis(label: "days", scale: .log, format: Axis.plainFormat),
        series: [
            .init(name: "baseline", points: [(1000, 2397.4), (16_000, 182.5), (50_000, 94.5), (100_000, 106.2)]),
            .init(
                name: "optimized", points: [(1000, 2366.8), (16_000, 148), (50_000, 47.4), (100_000, 23.7)],
                dashed: true,
                band: [(1000, 2200, 2500), (100_000, 20, 30)]),
        ],
        references: [.init(name: "one year", points: [(1000, 365), (100_000, 365)])])

    static let waterfall = BarChart(
        title: "Roadmap waterfall", value: Axis(label: "cost (USD)", scale: .log, format: Axis.dollarFormat),
        bars: [
            .init(label: "baseline", low: 1, high: 4.8e6),
            .init(label: "FP8", low: 2.4e6, high: 4.8e6, tone: 1, annotation: "÷2"),
            .init(label: "with levers", low: 1, high: 2.4e6, tone: 2),
        ])

    @Test func lineChartSVG() throws { try check(Self.lineChart.svg(), "line-chart.svg") }
    @Test func waterfallSVG() throws { try check(Self.waterfall.svg(), "waterfall.svg") }
    @Test func tornadoSVG() throws {
        let chart = BarChart(
            title: "Tornado", value: Axis(label: "cost (USD)", format: Axis.dollarFormat),
            bars: [.init(label: "mfu", low: 5e5, high: 9e5), .init(label: "price", low: 6e5, high: 8e5, tone: 1)],
            orientation: .horizontal, baseline: 7e5)
        try check(chart.svg(), "tornado.svg")
    }

    @Test func htmlReportPage() throws {
        let section = ReportSection(
            id: "demo", title: "A section", headline: "A headline with <markup> & an ampersand.",
            table: Table(
                header: ["GPUs", "days"], rows: [["1,000", "2,397"], ["50,000", "94.5"]], numericColumns: [0, 1]),
            notes: ["A note."], svg: Self.waterfall.svg())
        try check(HTMLReport.render(sections: [section]), "report.html")
    }

    /// The real report is self-contained: no scripts, no external stylesheets, images or fonts.
    @Test func realReportIsSelfContained() {
        let html = HTMLReport.render()
        #expect(!html.contains("<script"))
        #expect(!html.contains("<link"))
        let external = html.components(separatedBy: "http").dropFirst().filter {
            !$0.hasPrefix("://www.w3.org/2000/svg")
        }
        #expect(external.isEmpty, "external references: \(external.prefix(3))")
        for id in SummaryReport.sections().map(\.id) { #expect(html.contains("id=\"\(id)\"")) }
        // Issue 8: every analysis with its chart, its table and its notes.
        for section in SummaryReport.sections() {
            #expect(section.svg != nil, "\(section.id) has no chart")
            #expect(!section.table.rows.isEmpty, "\(section.id) has no table")
            #expect(!section.notes.isEmpty, "\(section.id) has no notes")
        }
    }
}
