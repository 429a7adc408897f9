import Testing
import ReckonUnits
@testable import ReckonReport

@Suite struct ChartTests {
    /// Log axes put ticks on whole decades: 1k..100k GPUs → 1k, 10k, 100k (labels as people write them).
    @Test func logTicksAreDecades() {
        let axis = Axis(label: "GPUs", scale: .log)
        let domain = axis.domain([1000, 2500, 100_000])
        #expect(domain == 1000...100_000)
        #expect(axis.ticks(domain).map(axis.format) == ["1k", "10k", "100k"])
        let dollars = Axis(label: "cost", scale: .log, format: Axis.dollarFormat)
        #expect(
            dollars.ticks(dollars.domain([1.2e6, 3e9])).map(dollars.format) == ["$1M", "$10M", "$100M", "$1B", "$10B"])
    }

    @Test func linearTicksUseOneTwoFive() {
        let axis = Axis(label: "year", format: Axis.yearFormat)
        let d = axis.domain([2020, 2035])
        #expect(axis.ticks(d).allSatisfy { Int($0) % 5 == 0 })
    }

    @Test func lineChartIsWellFormedAndLabelled() {
        let chart = LineChart(
            title: "Days vs GPUs", x: Axis(label: "GPUs", scale: .log), y: Axis(label: "days", scale: .log),
            series: [
                .init(name: "baseline", points: [(1000, 2000), (10_000, 250), (100_000, 100)]),
                .init(
                    name: "optimized", points: [(1000, 1900), (10_000, 200), (100_000, 25)], dashed: true,
                    band: [(1000, 1800, 2000), (100_000, 20, 30)]),
            ])
        let svg = chart.svg()
        #expect(svg.hasPrefix("<svg"))
        #expect(svg.hasSuffix("</svg>\n"))
        for text in [
            "Days vs GPUs", "baseline", "optimized", "GPUs", "days", "1k", "100k", "polygon", "prefers-color-scheme",
        ] {
            #expect(svg.contains(text), "missing \(text)")
        }
        #expect(!svg.contains("nan") && !svg.contains("inf"))
    }

    @Test func barChartEscapesLabels() {
        let chart = BarChart(
            title: "A <waterfall> & more", value: Axis(label: "cost", scale: .log, format: Axis.dollarFormat),
            bars: [
                .init(label: "baseline", low: 1, high: 4.6e6),
                .init(label: "FP8 & MX", low: 2.3e6, high: 4.6e6, tone: 1, annotation: "÷2"),
            ])
        let svg = chart.svg()
        #expect(svg.contains("A &lt;waterfall&gt; &amp; more"))
        #expect(svg.contains("FP8 &amp; MX"))
    }
}
