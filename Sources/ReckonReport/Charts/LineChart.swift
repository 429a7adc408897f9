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
        public init(name: String, points: [(x: Double, y: Double)], dashed: Bool = false, markers: Bool = false,
                    band: [(x: Double, low: Double, high: Double)] = []) {
            self.name = name; self.points = points; self.dashed = dashed; self.markers = markers; self.band = band
        }
    }
    /// A horizontal reference line (e.g. a spending cap).
    public struct Reference: Sendable {
        public var name: String
        public var points: [(x: Double, y: Double)]
        public init(name: String, points: [(x: Double, y: Double)]) { self.name = name; self.points = points }
    }

    public var title: String
    public var x: Axis
    public var y: Axis
    public var series: [Series]
    public var references: [Reference]

    public init(title: String, x: Axis, y: Axis, series: [Series], references: [Reference] = []) {
        self.title = title; self.x = x; self.y = y; self.series = series; self.references = references
    }

    /// The chart as a standalone SVG document.
    public func svg(width: Int = 800, height: Int = 480) -> String {
        let left = 84.0, right = 24.0, top = 44.0
        let legendRows = Double((series.count + references.count + 2) / 3)
        let bottom = 56.0 + 20 * legendRows
        let plotW = Double(width) - left - right, plotH = Double(height) - top - bottom
        let xs = series.flatMap { $0.points.map(\.x) } + references.flatMap { $0.points.map(\.x) }
        let ys = series.flatMap { $0.points.map(\.y) + $0.band.flatMap { [$0.low, $0.high] } } + references.flatMap { $0.points.map(\.y) }
        let xd = x.domain(xs), yd = y.domain(ys)
        func px(_ v: Double) -> Double { left + plotW * x.fraction(v, in: xd) }
        func py(_ v: Double) -> Double { top + plotH * (1 - y.fraction(v, in: yd)) }

        var s = SVG.open(width: width, height: height, title: title)
        let clip = SVG.identifier("rk-plot", title)
        s += "<clipPath id=\"\(clip)\"><rect x=\"\(SVG.n(left))\" y=\"\(SVG.n(top))\" width=\"\(SVG.n(plotW))\" height=\"\(SVG.n(plotH))\"/></clipPath>\n"
        for t in y.ticks(yd) {
            s += "<line class=\"rk-grid\" x1=\"\(SVG.n(left))\" x2=\"\(SVG.n(left + plotW))\" y1=\"\(SVG.n(py(t)))\" y2=\"\(SVG.n(py(t)))\"/>"
            s += "<text class=\"rk-text rk-small\" x=\"\(SVG.n(left - 6))\" y=\"\(SVG.n(py(t) + 4))\" text-anchor=\"end\">\(SVG.escape(y.format(t)))</text>\n"
        }
        for t in x.ticks(xd) {
            s += "<line class=\"rk-grid\" x1=\"\(SVG.n(px(t)))\" x2=\"\(SVG.n(px(t)))\" y1=\"\(SVG.n(top))\" y2=\"\(SVG.n(top + plotH))\"/>"
            s += "<text class=\"rk-text rk-small\" x=\"\(SVG.n(px(t)))\" y=\"\(SVG.n(top + plotH + 16))\" text-anchor=\"middle\">\(SVG.escape(x.format(t)))</text>\n"
        }
        s += "<rect class=\"rk-axis\" fill=\"none\" x=\"\(SVG.n(left))\" y=\"\(SVG.n(top))\" width=\"\(SVG.n(plotW))\" height=\"\(SVG.n(plotH))\"/>\n"
        s += "<text class=\"rk-text\" x=\"\(SVG.n(left + plotW / 2))\" y=\"\(SVG.n(top + plotH + 36))\" text-anchor=\"middle\">\(SVG.escape(x.label))</text>\n"
        s += "<text class=\"rk-text\" transform=\"translate(18 \(SVG.n(top + plotH / 2))) rotate(-90)\" text-anchor=\"middle\">\(SVG.escape(y.label))</text>\n"
        s += "<g clip-path=\"url(#\(clip))\">\n"
        for (i, r) in references.enumerated() {
            let d = r.points.map { "\(SVG.n(px($0.x))),\(SVG.n(py($0.y)))" }.joined(separator: " ")
            s += "<polyline fill=\"none\" stroke=\"\(SVG.palette[(series.count + i) % SVG.palette.count])\" stroke-width=\"1.5\" stroke-dasharray=\"2 4\" points=\"\(d)\"/>\n"
        }
        for (i, line) in series.enumerated() {
            let color = SVG.palette[i % SVG.palette.count]
            if !line.band.isEmpty {
                let upper = line.band.map { "\(SVG.n(px($0.x))),\(SVG.n(py($0.high)))" }
                let lower = line.band.reversed().map { "\(SVG.n(px($0.x))),\(SVG.n(py($0.low)))" }
                s += "<polygon fill=\"\(color)\" fill-opacity=\"0.18\" stroke=\"none\" points=\"\((upper + lower).joined(separator: " "))\"/>\n"
            }
            if line.markers {
                for p in line.points { s += "<circle cx=\"\(SVG.n(px(p.x)))\" cy=\"\(SVG.n(py(p.y)))\" r=\"5\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"2\"/>\n" }
                continue
            }
            let d = line.points.map { "\(SVG.n(px($0.x))),\(SVG.n(py($0.y)))" }.joined(separator: " ")
            s += "<polyline fill=\"none\" stroke=\"\(color)\" stroke-width=\"2.5\"\(line.dashed ? " stroke-dasharray=\"8 5\"" : "") points=\"\(d)\"/>\n"
        }
        s += "</g>\n"
        // Legend: three entries per row under the axis label.
        let entries = series.enumerated().map { ($0.element.name, SVG.palette[$0.offset % SVG.palette.count], $0.element.markers ? "marker" : $0.element.dashed ? "8 5" : "") }
            + references.enumerated().map { ($0.element.name, SVG.palette[(series.count + $0.offset) % SVG.palette.count], "2 4") }
        for (i, e) in entries.enumerated() {
            let lx = left + Double(i % 3) * plotW / 3, ly = top + plotH + 56 + Double(i / 3) * 20
            if e.2 == "marker" {
                s += "<circle cx=\"\(SVG.n(lx + 13))\" cy=\"\(SVG.n(ly - 4))\" r=\"5\" fill=\"none\" stroke=\"\(e.1)\" stroke-width=\"2\"/>"
            } else {
                s += "<line x1=\"\(SVG.n(lx))\" x2=\"\(SVG.n(lx + 26))\" y1=\"\(SVG.n(ly - 4))\" y2=\"\(SVG.n(ly - 4))\" stroke=\"\(e.1)\" stroke-width=\"2.5\"\(e.2.isEmpty ? "" : " stroke-dasharray=\"\(e.2)\"")/>"
            }
            s += "<text class=\"rk-text rk-small\" x=\"\(SVG.n(lx + 32))\" y=\"\(SVG.n(ly))\">\(SVG.escape(e.0))</text>\n"
        }
        return s + "</svg>\n"
    }
}
