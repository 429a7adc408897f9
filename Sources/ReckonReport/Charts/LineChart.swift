/// A line chart with linear or log axes, labelled ticks, a legend and optional uncertainty bands, as SVG.
///
/// Used for time-to-train vs GPUs (log–log), cost projections vs year (log cost), growth indices and more.
public struct LineChart: Sendable {
    public struct Series: Sendable {
        public var name: String
        public var points: [(x: Double, y: Double)]
        public var dashed: Bool
        /// Points only (e.g. published values to compare with), drawn as circles without a line.
        public var markers: Bool
        /// A shaded band (e.g. p5–p95) drawn under the line: (x, low, high).
        public var band: [(x: Double, low: Double, high: Double)]
        public init(
            name: String, points: [(x: Double, y: Double)], dashed: Bool = false, markers: Bool = false,
            band: [(x: Double, low: Double, high: Double)] = []
        ) {
            self.name = name
            self.points = points
            self.dashed = dashed
            self.markers = markers
            self.band = band
        }
    }
    /// A horizontal reference line (e.g. a spending cap).
    public struct Reference: Sendable {
        public var name: String
        public var points: [(x: Double, y: Double)]
        public init(name: String, points: [(x: Double, y: Double)]) {
            self.name = name
            self.points = points
        }
    }

    public var title: String
    public var x: Axis
    public var y: Axis
    public var series: [Series]
    public var references: [Reference]

    public init(title: String, x: Axis, y: Axis, series: [Series], references: [Reference] = []) {
        self.title = title
        self.x = x
        self.y = y
        self.series = series
        self.references = references
    }

    /// The data behind the chart, one row per point: `kind` (series or reference), `name`, `x`, `y`, and the band's
    /// `low` and `high` where there is one.
    public func csv() -> String {
        var rows: [[String]] = []
        for line in series {
            let band = Dictionary(line.band.map { ($0.x, ($0.low, $0.high)) }, uniquingKeysWith: { a, _ in a })
            for p in line.points {
                let b = band[p.x]
                rows.append([
                    "series", line.name, SVG.number(p.x), SVG.number(p.y),
                    b.map { SVG.number($0.0) } ?? "", b.map { SVG.number($0.1) } ?? "",
                ])
            }
        }
        for r in references {
            for p in r.points { rows.append(["reference", r.name, SVG.number(p.x), SVG.number(p.y), "", ""]) }
        }
        return SVG.csv(["kind", "name", "x", "y", "low", "high"], rows)
    }

    var legendEntries: [SVG.LegendEntry] {
        series.enumerated().map { i, line in
            SVG.LegendEntry(
                name: line.name, color: SVG.color(i),
                mark: line.markers ? .marker : .line(dash: line.dashed ? "8 5" : nil))
        }
            + references.enumerated().map { i, r in
                SVG.LegendEntry(name: r.name, color: SVG.color(series.count + i), mark: .line(dash: "6 4"))
            }
    }

    /// The chart as a standalone SVG document. Margins are measured from the tick labels; the legend flows in rows
    /// under the plot and the chart grows to hold it.
    public func svg(width: Int = 800, height: Int = 480) -> String {
        let xs = series.flatMap { $0.points.map(\.x) } + references.flatMap { $0.points.map(\.x) }
        let ys =
            series.flatMap { $0.points.map(\.y) + $0.band.flatMap { [$0.low, $0.high] } }
            + references.flatMap { $0.points.map(\.y) }
        let xd = x.domain(xs)
        let yd = y.domain(ys)
        let yTicks = y.ticks(yd)
        let xTicks = x.ticks(xd)
        let tickWidth = yTicks.map { SVG.textWidth(y.format($0), size: 11) }.max() ?? 0
        let left = max(60, tickWidth + 34)
        let lastX = xTicks.last.map { SVG.textWidth(x.format($0), size: 11) / 2 } ?? 0
        let right = max(24, lastX + 6)
        let plotW = Double(width) - left - right
        let entries = legendEntries
        let legendH = SVG.legendHeight(entries, width: plotW)
        let bottom = 56 + legendH
        let (head, top) = SVG.header(width: width, height: height, title: title)
        let plotH = max(120, Double(height) - top - bottom)
        let total = Int((top + plotH + bottom).rounded(.up))
        var s = total > height ? SVG.header(width: width, height: total, title: title).svg : head
        func px(_ v: Double) -> Double { left + plotW * x.fraction(v, in: xd) }
        func py(_ v: Double) -> Double { top + plotH * (1 - y.fraction(v, in: yd)) }

        let clip = SVG.identifier("rk-plot", title)
        s +=
            "<clipPath id=\"\(clip)\"><rect x=\"\(SVG.n(left))\" y=\"\(SVG.n(top))\" width=\"\(SVG.n(plotW))\" "
            + "height=\"\(SVG.n(plotH))\"/></clipPath>\n"
        for t in yTicks {
            s +=
                "<line class=\"rk-grid\" x1=\"\(SVG.n(left))\" x2=\"\(SVG.n(left + plotW))\" y1=\"\(SVG.n(py(t)))\" "
                + "y2=\"\(SVG.n(py(t)))\"/>"
            s +=
                "<text class=\"rk-text rk-small\" x=\"\(SVG.n(left - 6))\" y=\"\(SVG.n(py(t) + 4))\" "
                + "text-anchor=\"end\">\(SVG.escape(y.format(t)))</text>\n"
        }
        for t in xTicks {
            s +=
                "<line class=\"rk-grid\" x1=\"\(SVG.n(px(t)))\" x2=\"\(SVG.n(px(t)))\" y1=\"\(SVG.n(top))\" "
                + "y2=\"\(SVG.n(top + plotH))\"/>"
            s +=
                "<text class=\"rk-text rk-small\" x=\"\(SVG.n(px(t)))\" y=\"\(SVG.n(top + plotH + 16))\" "
                + "text-anchor=\"middle\">\(SVG.escape(x.format(t)))</text>\n"
        }
        s +=
            "<rect class=\"rk-axis\" fill=\"none\" x=\"\(SVG.n(left))\" y=\"\(SVG.n(top))\" width=\"\(SVG.n(plotW))\" "
            + "height=\"\(SVG.n(plotH))\"/>\n"
        s +=
            "<text class=\"rk-text\" x=\"\(SVG.n(left + plotW / 2))\" y=\"\(SVG.n(top + plotH + 36))\" "
            + "text-anchor=\"middle\">\(SVG.escape(x.label))</text>\n"
        let size = max(8, min(13, 13 * plotH / max(SVG.textWidth(y.label, size: 13), 1)))
        s +=
            "<text class=\"rk-text\" style=\"font-size:\(SVG.n(size))px\" "
            + "transform=\"translate(16 \(SVG.n(top + plotH / 2))) rotate(-90)\" text-anchor=\"middle\">"
            + "\(SVG.escape(y.label))</text>\n"
        s += "<g clip-path=\"url(#\(clip))\">\n"
        for (i, r) in references.enumerated() {
            let d = r.points.map { "\(SVG.n(px($0.x))),\(SVG.n(py($0.y)))" }.joined(separator: " ")
            s +=
                "<polyline class=\"rk-reference\" fill=\"none\" stroke=\"\(SVG.color(series.count + i))\" "
                + "stroke-width=\"2\" stroke-dasharray=\"6 4\" points=\"\(d)\"/>\n"
        }
        for (i, line) in series.enumerated() {
            let color = SVG.color(i)
            if !line.band.isEmpty {
                let upper = line.band.map { "\(SVG.n(px($0.x))),\(SVG.n(py($0.high)))" }
                let lower = line.band.reversed().map { "\(SVG.n(px($0.x))),\(SVG.n(py($0.low)))" }
                s +=
                    "<polygon fill=\"\(color)\" fill-opacity=\"0.18\" stroke=\"none\" "
                    + "points=\"\((upper + lower).joined(separator: " "))\"/>\n"
            }
            if line.markers {
                for p in line.points {
                    s +=
                        "<circle cx=\"\(SVG.n(px(p.x)))\" cy=\"\(SVG.n(py(p.y)))\" r=\"5\" fill=\"none\" "
                        + "stroke=\"\(color)\" stroke-width=\"2\"/>\n"
                }
                continue
            }
            let d = line.points.map { "\(SVG.n(px($0.x))),\(SVG.n(py($0.y)))" }.joined(separator: " ")
            s +=
                "<polyline fill=\"none\" stroke=\"\(color)\" stroke-width=\"2.5\""
                + "\(line.dashed ? " stroke-dasharray=\"8 5\"" : "") points=\"\(d)\"/>\n"
        }
        s += "</g>\n"
        s += SVG.legend(entries, x: left, y: top + plotH + 56 + 14, width: plotW).svg
        return s + "</svg>\n"
    }
}
