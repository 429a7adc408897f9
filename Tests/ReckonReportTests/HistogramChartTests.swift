import Testing
@testable import ReckonReport

@Suite struct HistogramChartTests {
    /// Every value lands in exactly one bin (outliers in the end bins), so the counts add up to the sample size.
    @Test func countsAddUp() {
        var values = (0..<10_000).map { Double($0 % 100) }
        values += [1e9, -1e9]  // far outliers
        let h = HistogramChart(title: "t", value: Axis(label: "x"), values: values, bins: 25)
        let (range, counts) = h.counts()
        #expect(counts.reduce(0, +) == values.count)
        #expect(range.lowerBound >= 0 && range.upperBound <= 99)
    }

    /// A constant sample still draws (a widened range around the value), with no NaN in the SVG.
    @Test func constantSampleRenders() {
        let svg = HistogramChart(title: "constant", value: Axis(label: "x"), values: [Double](repeating: 4, count: 100))
            .svg()
        #expect(svg.hasPrefix("<svg") && svg.hasSuffix("</svg>\n"))
        #expect(!svg.contains("NaN") && !svg.contains("nan"))
    }
}
