/// Bars as SVG: plain bars (histograms), floating bars (waterfalls: each bar spans from the running total
/// before a step to the one after), and horizontal swings (tornado charts).
public struct BarChart: Sendable {
    public struct Bar: Sendable {
        public var label: String
        public var low: Double
        public var high: Double
        /// Colour index into the palette (e.g. 0 = total, 1 = decrease, 2 = increase).
        public var tone: Int
        /// Text written at the end of the bar (e.g. "÷2.0").
        public var annotation: String
        public init(label: String, low: Double, high: Double, tone: Int = 0, annotation: String = "") {
            self.label = label; self.low = min(low, high); self.high = max(low, high); self.tone = tone; self.annotation = annotation
        }
    }
    public enum Orientation: Sendable { case vertical, horizontal }

    public var title: String
    /// The value axis (its label and scale); categories run along the other axis.
    public var value: Axis
    public var bars: [Bar]
    public var orientation: Orientation
    /// A value drawn as a line across the bars (e.g. the median output of a tornado).
    public var baseline: Double?

    public init(title: String, value: Axis, bars: [Bar], orientation: Orientation = .vertical, baseline: Double? = nil) {
        self.title = title; self.value = value; self.bars = bars; self.orientation = orientation; self.baseline = baseline
    }

    public func svg(width: Int = 800, height: Int = 480) -> String {
        var s = SVG.open(width: width, height: height, title: title)
        let values = bars.flatMap { [$0.low, $0.high] } + (baseline.map { [$0] } ?? [])
        let domain = value.domain(value.scale == .log ? values.filter { $0 > 0 } : values + [0])
        let count = Double(max(bars.count, 1))
        switch orientation {
        case .vertical:
            let left = 84.0, right = 16.0, top = 44.0, bottom = 90.0
            let w = Double(width) - left - right, h = Double(height) - top - bottom
            func py(_ v: Double) -> Double { top + h * (1 - value.fraction(v, in: domain)) }
            for t in value.ticks(domain) {
                s += "<line class=\"rk-grid\" x1=\"\(SVG.n(left))\" x2=\"\(SVG.n(left + w))\" y1=\"\(SVG.n(py(t)))\" y2=\"\(SVG.n(py(t)))\"/>"
                s += "<text class=\"rk-text rk-small\" x=\"\(SVG.n(left - 6))\" y=\"\(SVG.n(py(t) + 4))\" text-anchor=\"end\">\(SVG.escape(value.format(t)))</text>\n"
            }
            let slot = w / count
            for (i, b) in bars.enumerated() {
                let x = left + Double(i) * slot + slot * 0.15, bw = slot * 0.7
                let y0 = py(b.high), y1 = py(b.low)
                s += "<rect x=\"\(SVG.n(x))\" y=\"\(SVG.n(y0))\" width=\"\(SVG.n(bw))\" height=\"\(SVG.n(max(1, y1 - y0)))\" fill=\"\(SVG.palette[b.tone % SVG.palette.count])\"><title>\(SVG.escape(b.label + " " + b.annotation))</title></rect>"
                if !b.annotation.isEmpty {
                    s += "<text class=\"rk-text rk-small\" x=\"\(SVG.n(x + bw / 2))\" y=\"\(SVG.n(y0 - 4))\" text-anchor=\"middle\">\(SVG.escape(b.annotation))</text>"
                }
                s += "<text class=\"rk-text rk-small\" transform=\"translate(\(SVG.n(x + bw / 2)) \(SVG.n(top + h + 12))) rotate(30)\">\(SVG.escape(b.label))</text>\n"
            }
            s += "<line class=\"rk-axis\" x1=\"\(SVG.n(left))\" x2=\"\(SVG.n(left + w))\" y1=\"\(SVG.n(top + h))\" y2=\"\(SVG.n(top + h))\"/>\n"
            s += "<text class=\"rk-text\" transform=\"translate(18 \(SVG.n(top + h / 2))) rotate(-90)\" text-anchor=\"middle\">\(SVG.escape(value.label))</text>\n"
        case .horizontal:
            // Room for the longest label (about 6.2 px a character at 11 px), within a third of the width.
            let longest = Double(bars.map(\.label.count).max() ?? 0)
            let left = min(max(120, 6.2 * longest + 16), Double(width) / 3), right = 70.0, top = 44.0, bottom = 50.0
            let w = Double(width) - left - right, h = Double(height) - top - bottom
            func px(_ v: Double) -> Double { left + w * value.fraction(v, in: domain) }
            for t in value.ticks(domain) {
                s += "<line class=\"rk-grid\" x1=\"\(SVG.n(px(t)))\" x2=\"\(SVG.n(px(t)))\" y1=\"\(SVG.n(top))\" y2=\"\(SVG.n(top + h))\"/>"
                s += "<text class=\"rk-text rk-small\" x=\"\(SVG.n(px(t)))\" y=\"\(SVG.n(top + h + 16))\" text-anchor=\"middle\">\(SVG.escape(value.format(t)))</text>\n"
            }
            let slot = h / count
            for (i, b) in bars.enumerated() {
                let y = top + Double(i) * slot + slot * 0.15, bh = slot * 0.7
                s += "<rect x=\"\(SVG.n(px(b.low)))\" y=\"\(SVG.n(y))\" width=\"\(SVG.n(max(1, px(b.high) - px(b.low))))\" height=\"\(SVG.n(bh))\" fill=\"\(SVG.palette[b.tone % SVG.palette.count])\"><title>\(SVG.escape(b.label + " " + b.annotation))</title></rect>"
                s += "<text class=\"rk-text rk-small\" x=\"\(SVG.n(left - 6))\" y=\"\(SVG.n(y + bh / 2 + 4))\" text-anchor=\"end\">\(SVG.escape(b.label))</text>"
                if !b.annotation.isEmpty {
                    s += "<text class=\"rk-text rk-small\" x=\"\(SVG.n(px(b.high) + 4))\" y=\"\(SVG.n(y + bh / 2 + 4))\">\(SVG.escape(b.annotation))</text>"
                }
                s += "\n"
            }
            if let baseline {
                s += "<line class=\"rk-axis\" x1=\"\(SVG.n(px(baseline)))\" x2=\"\(SVG.n(px(baseline)))\" y1=\"\(SVG.n(top))\" y2=\"\(SVG.n(top + h))\" stroke-dasharray=\"4 3\"/>\n"
            }
            s += "<text class=\"rk-text\" x=\"\(SVG.n(left + w / 2))\" y=\"\(SVG.n(top + h + 38))\" text-anchor=\"middle\">\(SVG.escape(value.label))</text>\n"
        }
        return s + "</svg>\n"
    }
}
