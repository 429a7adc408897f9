/// Bars as SVG: plain bars (histograms), floating bars (waterfalls: each bar spans from the running total
/// before a step to the one after), and horizontal swings (tornado charts).
///
/// Labels are measured (``SVG/textWidth(_:size:)``): margins grow to hold them, and a horizontal chart's category
/// labels wrap onto up to three lines, so no label is clipped. When colours mean something (`legend`), a legend
/// names them.
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
            self.label = label
            self.low = min(low, high)
            self.high = max(low, high)
            self.tone = tone
            self.annotation = annotation
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
    /// What each tone means (tone, name); drawn as a legend when not empty.
    public var legend: [(tone: Int, name: String)]
    /// The name of the baseline in the legend (e.g. "median"); nil: not listed.
    public var baselineName: String?

    public init(
        title: String, value: Axis, bars: [Bar], orientation: Orientation = .vertical, baseline: Double? = nil,
        legend: [(tone: Int, name: String)] = [], baselineName: String? = nil
    ) {
        self.title = title
        self.value = value
        self.bars = bars
        self.orientation = orientation
        self.baseline = baseline
        self.legend = legend
        self.baselineName = baselineName
    }

    /// A height that gives each bar of a horizontal chart room for two lines of label (480 for vertical charts).
    public var naturalHeight: Int {
        guard orientation == .horizontal else { return 480 }
        return 110 + 30 * bars.count + Int(SVG.legendHeight(legendEntries, width: 700))
            + Int(SVG.extraTitleHeight(title, width: 800))
    }

    var legendEntries: [SVG.LegendEntry] {
        var entries = legend.map { SVG.LegendEntry(name: $0.name, color: SVG.color($0.tone), mark: .swatch) }
        if let baselineName, baseline != nil {
            entries.append(.init(name: baselineName, color: SVG.referenceColor, mark: .line(dash: "4 3")))
        }
        return entries
    }

    /// The bars' data: label, low, high, annotation.
    public func csv() -> String {
        SVG.csv(
            ["label", "low", "high", "annotation"],
            bars.map { [$0.label, SVG.number($0.low), SVG.number($0.high), $0.annotation] })
    }

    public func svg(width: Int = 800, height: Int = 480) -> String {
        let values = bars.flatMap { [$0.low, $0.high] } + (baseline.map { [$0] } ?? [])
        let domain = value.domain(value.scale == .log ? values.filter { $0 > 0 } : values + [0])
        switch orientation {
        case .vertical: return vertical(width: width, height: height, domain: domain)
        case .horizontal: return horizontal(width: width, height: height, domain: domain)
        }
    }

    /// Where a bar starts: its low end, or the axis's start on a log axis when the low end is below it (a bar
    /// "from zero").
    func floor(_ low: Double, _ domain: ClosedRange<Double>) -> Double {
        value.scale == .log ? max(low, domain.lowerBound) : low
    }

    func bar(_ b: Bar, x: Double, y: Double, w: Double, h: Double) -> String {
        "<rect x=\"\(SVG.n(x))\" y=\"\(SVG.n(y))\" width=\"\(SVG.n(w))\" height=\"\(SVG.n(h))\" "
            + "fill=\"\(SVG.color(b.tone))\"><title>\(SVG.escape(b.label + " " + b.annotation))</title></rect>"
    }

    func vertical(width: Int, height: Int, domain: ClosedRange<Double>) -> String {
        let ticks = value.ticks(domain)
        let tickWidth = ticks.map { SVG.textWidth(value.format($0), size: 11) }.max() ?? 0
        // Category labels are written at 30°: they reach down by sin 30° and right by cos 30° of their width.
        let labelWidth = bars.map { SVG.textWidth($0.label, size: 11) }.max() ?? 0
        let entries = legendEntries
        let left = max(60, tickWidth + 34)
        let lastLabel = bars.last.map { SVG.textWidth($0.label, size: 11) } ?? 0
        let slotGuess = (Double(width) - left - 16) / Double(max(bars.count, 1))
        let right = max(16, lastLabel * 0.87 - slotGuess / 2 + 8)
        let w = Double(width) - left - right
        let legendH = SVG.legendHeight(entries, width: w)
        let bottom = 24 + labelWidth * 0.5 + 14 + legendH
        let (head, top) = SVG.header(width: width, height: height, title: title)
        let h = max(40, Double(height) - top - bottom)
        let total = Int((top + h + bottom).rounded(.up))
        var s = total > height ? SVG.header(width: width, height: total, title: title).svg : head
        func py(_ v: Double) -> Double { top + h * (1 - value.fraction(v, in: domain)) }
        for t in ticks {
            s +=
                "<line class=\"rk-grid\" x1=\"\(SVG.n(left))\" x2=\"\(SVG.n(left + w))\" y1=\"\(SVG.n(py(t)))\" "
                + "y2=\"\(SVG.n(py(t)))\"/>"
            s +=
                "<text class=\"rk-text rk-small\" x=\"\(SVG.n(left - 6))\" y=\"\(SVG.n(py(t) + 4))\" "
                + "text-anchor=\"end\">\(SVG.escape(value.format(t)))</text>\n"
        }
        let slot = w / Double(max(bars.count, 1))
        for (i, b) in bars.enumerated() {
            let x = left + Double(i) * slot + slot * 0.15
            let bw = slot * 0.7
            let y0 = py(b.high)
            let y1 = py(floor(b.low, domain))
            s += bar(b, x: x, y: y0, w: bw, h: max(1, y1 - y0))
            if !b.annotation.isEmpty {
                s +=
                    "<text class=\"rk-text rk-small\" x=\"\(SVG.n(x + bw / 2))\" y=\"\(SVG.n(y0 - 4))\" "
                    + "text-anchor=\"middle\">\(SVG.escape(b.annotation))</text>"
            }
            s +=
                "<text class=\"rk-text rk-small\" transform=\"translate(\(SVG.n(x + bw / 2)) \(SVG.n(top + h + 12))) "
                + "rotate(30)\">\(SVG.escape(b.label))</text>\n"
        }
        if let baseline {
            s +=
                "<line stroke=\"\(SVG.referenceColor)\" stroke-width=\"2\" stroke-dasharray=\"4 3\" "
                + "x1=\"\(SVG.n(left))\" "
                + "x2=\"\(SVG.n(left + w))\" y1=\"\(SVG.n(py(baseline)))\" y2=\"\(SVG.n(py(baseline)))\"/>\n"
        }
        s +=
            "<line class=\"rk-axis\" x1=\"\(SVG.n(left))\" x2=\"\(SVG.n(left + w))\" y1=\"\(SVG.n(top + h))\" "
            + "y2=\"\(SVG.n(top + h))\"/>\n"
        s += axisTitle(x: 16, y: top + h / 2, length: h)
        s += SVG.legend(entries, x: left, y: top + h + bottom - legendH + 14, width: w).svg
        return s + "</svg>\n"
    }

    func horizontal(width: Int, height: Int, domain: ClosedRange<Double>) -> String {
        let entries = legendEntries
        // Category labels get up to 40% of the width, wrapped onto up to three lines; the margin fits the widest line.
        let room = Double(width) * 0.4
        let wrapped = bars.map { SVG.wrap($0.label, width: room - 16, size: 11, maxLines: 3) }
        let widest = wrapped.flatMap { $0 }.map { SVG.textWidth($0, size: 11) }.max() ?? 0
        let left = min(max(80, widest + 16), room)
        let annotation = bars.map { SVG.textWidth($0.annotation, size: 11) }.max() ?? 0
        let ticks = value.ticks(domain)
        let lastTick = ticks.last.map { SVG.textWidth(value.format($0), size: 11) / 2 } ?? 0
        let right = max(24, annotation + 12, lastTick + 6)
        let w = Double(width) - left - right
        let legendH = SVG.legendHeight(entries, width: w)
        let bottom = 50 + legendH
        let (head, top) = SVG.header(width: width, height: height, title: title)
        let lines = Double(wrapped.map(\.count).max() ?? 1)
        let needed = Double(bars.count) * (lines * 13 + 6)
        let h = max(needed, Double(height) - top - bottom)
        let total = Int((top + h + bottom).rounded(.up))
        var s = total > height ? SVG.header(width: width, height: total, title: title).svg : head
        func px(_ v: Double) -> Double { left + w * value.fraction(v, in: domain) }
        for t in ticks {
            s +=
                "<line class=\"rk-grid\" x1=\"\(SVG.n(px(t)))\" x2=\"\(SVG.n(px(t)))\" y1=\"\(SVG.n(top))\" "
                + "y2=\"\(SVG.n(top + h))\"/>"
            s +=
                "<text class=\"rk-text rk-small\" x=\"\(SVG.n(px(t)))\" y=\"\(SVG.n(top + h + 16))\" "
                + "text-anchor=\"middle\">\(SVG.escape(value.format(t)))</text>\n"
        }
        let slot = h / Double(max(bars.count, 1))
        for (i, b) in bars.enumerated() {
            let y = top + Double(i) * slot + slot * 0.15
            let bh = slot * 0.7
            let x0 = px(floor(b.low, domain))
            s += bar(b, x: x0, y: y, w: max(1, px(b.high) - x0), h: bh)
            s += SVG.multiline(wrapped[i], x: left - 6, y: y + bh / 2 + 4, anchor: "end")
            if !b.annotation.isEmpty {
                s +=
                    "<text class=\"rk-text rk-small\" x=\"\(SVG.n(px(b.high) + 4))\" y=\"\(SVG.n(y + bh / 2 + 4))\">"
                    + "\(SVG.escape(b.annotation))</text>"
            }
            s += "\n"
        }
        if let baseline {
            s +=
                "<line stroke=\"\(SVG.referenceColor)\" stroke-width=\"2\" stroke-dasharray=\"4 3\" "
                + "x1=\"\(SVG.n(px(baseline)))\" x2=\"\(SVG.n(px(baseline)))\" y1=\"\(SVG.n(top))\" "
                + "y2=\"\(SVG.n(top + h))\"/>\n"
        }
        s +=
            "<text class=\"rk-text\" x=\"\(SVG.n(left + w / 2))\" y=\"\(SVG.n(top + h + 38))\" text-anchor=\"middle\">"
            + "\(SVG.escape(value.label))</text>\n"
        s += SVG.legend(entries, x: left, y: top + h + 50 + 14, width: w).svg
        return s + "</svg>\n"
    }

    /// The value axis's title, written upwards beside a vertical axis, smaller when longer than the axis.
    func axisTitle(x: Double, y: Double, length: Double) -> String {
        let size = min(13, 13 * length / max(SVG.textWidth(value.label, size: 13), 1))
        return "<text class=\"rk-text\" style=\"font-size:\(SVG.n(max(size, 8)))px\" "
            + "transform=\"translate(\(SVG.n(x)) \(SVG.n(y))) rotate(-90)\" text-anchor=\"middle\">"
            + "\(SVG.escape(value.label))</text>\n"
    }
}
