/// One dot per value, in rows by category, along a horizontal value axis (a strip or dot plot): e.g. the error of
/// every validation row, one row of dots per suite. Labels are measured and wrapped; colours have a legend.
public struct StripChart: Sendable {
    public struct Point: Sendable {
        public var category: String
        /// Shown when hovering the dot.
        public var label: String
        public var value: Double
        public var tone: Int
        public init(category: String, label: String, value: Double, tone: Int = 0) {
            self.category = category
            self.label = label
            self.value = value
            self.tone = tone
        }
    }

    public var title: String
    public var value: Axis
    public var points: [Point]
    public var legend: [(tone: Int, name: String)]
    /// A value drawn as a vertical line (e.g. zero error), named in the legend.
    public var reference: (value: Double, name: String)?

    public init(
        title: String, value: Axis, points: [Point], legend: [(tone: Int, name: String)] = [],
        reference: (value: Double, name: String)? = nil
    ) {
        self.title = title
        self.value = value
        self.points = points
        self.legend = legend
        self.reference = reference
    }

    /// Categories in order of first appearance.
    var categories: [String] {
        var seen = Set<String>()
        return points.map(\.category).filter { seen.insert($0).inserted }
    }

    var legendEntries: [SVG.LegendEntry] {
        legend.map { SVG.LegendEntry(name: $0.name, color: SVG.color($0.tone), mark: .swatch) }
            + (reference.map { [SVG.LegendEntry(name: $0.name, color: SVG.referenceColor, mark: .line(dash: "4 3"))] }
                ?? [])
    }

    /// One row per dot: category, label, value.
    public func csv() -> String {
        SVG.csv(["category", "label", "value"], points.map { [$0.category, $0.label, SVG.number($0.value)] })
    }

    public func svg(width: Int = 800) -> String {
        let cats = categories
        let room = Double(width) * 0.4
        let wrapped = cats.map { SVG.wrap($0, width: room - 16, size: 11, maxLines: 3) }
        let widest = wrapped.flatMap { $0 }.map { SVG.textWidth($0, size: 11) }.max() ?? 0
        let left = min(max(80, widest + 16), room)
        let domain = value.domain(points.map(\.value) + (reference.map { [$0.value] } ?? []))
        let ticks = value.ticks(domain)
        let right = max(24, (ticks.last.map { SVG.textWidth(value.format($0), size: 11) / 2 } ?? 0) + 6)
        let w = Double(width) - left - right
        let entries = legendEntries
        let legendH = SVG.legendHeight(entries, width: w)
        let rowHeight = max(26, Double(wrapped.map(\.count).max() ?? 1) * 13 + 8)
        let top = 44 + SVG.extraTitleHeight(title, width: width)
        let h = rowHeight * Double(max(cats.count, 1))
        let height = Int((top + h + 50 + legendH).rounded(.up))
        var s = SVG.header(width: width, height: height, title: title).svg
        func px(_ v: Double) -> Double { left + w * value.fraction(v, in: domain) }
        for t in ticks {
            s +=
                "<line class=\"rk-grid\" x1=\"\(SVG.n(px(t)))\" x2=\"\(SVG.n(px(t)))\" y1=\"\(SVG.n(top))\" "
                + "y2=\"\(SVG.n(top + h))\"/>"
            s +=
                "<text class=\"rk-text rk-small\" x=\"\(SVG.n(px(t)))\" y=\"\(SVG.n(top + h + 16))\" "
                + "text-anchor=\"middle\">\(SVG.escape(value.format(t)))</text>\n"
        }
        for (i, lines) in wrapped.enumerated() {
            let y = top + (Double(i) + 0.5) * rowHeight
            s +=
                "<line class=\"rk-grid\" x1=\"\(SVG.n(left))\" x2=\"\(SVG.n(left + w))\" y1=\"\(SVG.n(y))\" "
                + "y2=\"\(SVG.n(y))\" stroke-dasharray=\"1 3\"/>"
            s += SVG.multiline(lines, x: left - 6, y: y + 4, anchor: "end") + "\n"
        }
        if let reference {
            s +=
                "<line stroke=\"\(SVG.referenceColor)\" stroke-width=\"2\" stroke-dasharray=\"4 3\" "
                + "x1=\"\(SVG.n(px(reference.value)))\" x2=\"\(SVG.n(px(reference.value)))\" y1=\"\(SVG.n(top))\" "
                + "y2=\"\(SVG.n(top + h))\"/>\n"
        }
        let row = Dictionary(uniqueKeysWithValues: cats.enumerated().map { ($0.element, $0.offset) })
        for p in points {
            let y = top + (Double(row[p.category] ?? 0) + 0.5) * rowHeight
            s +=
                "<circle cx=\"\(SVG.n(px(p.value)))\" cy=\"\(SVG.n(y))\" r=\"4.5\" fill=\"\(SVG.color(p.tone))\" "
                + "fill-opacity=\"0.75\"><title>\(SVG.escape(p.label + ": " + value.format(p.value)))</title>"
                + "</circle>\n"
        }
        s +=
            "<rect class=\"rk-axis\" fill=\"none\" x=\"\(SVG.n(left))\" y=\"\(SVG.n(top))\" width=\"\(SVG.n(w))\" "
            + "height=\"\(SVG.n(h))\"/>\n"
        s +=
            "<text class=\"rk-text\" x=\"\(SVG.n(left + w / 2))\" y=\"\(SVG.n(top + h + 38))\" text-anchor=\"middle\">"
            + "\(SVG.escape(value.label))</text>\n"
        s += SVG.legend(entries, x: left, y: top + h + 64, width: w).svg
        return s + "</svg>\n"
    }
}
