import Foundation

/// A waterfall of multiplicative steps on a logarithmic y axis, rendered as a standalone SVG.
///
/// The first bar is the baseline (from the axis floor), each middle bar floats from the cost before a step to the
/// cost after it and is labelled with the step's factor ("×0.5", "×0.125"), the last bar is the final cost. A log axis
/// keeps a ×0.5 step the same height wherever it falls, which is what multiplicative levers need.
public struct WaterfallChart: Sendable {
    public struct Step: Sendable {
        public var label: String
        public var before: Double
        public var after: Double
        public init(label: String, before: Double, after: Double) {
            self.label = label; self.before = before; self.after = after
        }
    }

    public var title: String
    public var yTitle: String
    public var baselineLabel: String
    public var baseline: Double
    public var steps: [Step]
    public var finalLabel: String
    public var yLabel: @Sendable (Double) -> String
    public var height: Double = 460

    public init(title: String, yTitle: String, baselineLabel: String = "baseline", baseline: Double, steps: [Step],
                finalLabel: String = "with levers", yLabel: @escaping @Sendable (Double) -> String = ProjectionChart.dollarLabel) {
        self.title = title; self.yTitle = yTitle; self.baselineLabel = baselineLabel; self.baseline = baseline
        self.steps = steps; self.finalLabel = finalLabel; self.yLabel = yLabel
    }

    private func f(_ x: Double) -> String { ProjectionSVG.num(x) }
    private func xml(_ s: String) -> String { ProjectionSVG.escape(s) }

    /// The SVG document.
    public func svg() -> String {
        let final = steps.last?.after ?? baseline
        let values = ([baseline, final] + steps.flatMap { [$0.before, $0.after] }).filter { $0.isFinite && $0 > 0 }
        let barWidth = 74.0, gap = 18.0, left = 78.0, top = 44.0
        let count = Double(steps.count + 2)
        let width = left + count * (barWidth + gap) + 20
        let bottom = height - 92
        guard let minV = values.min(), let maxV = values.max() else {
            return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(f(width))\" height=\"\(f(height))\"></svg>\n"
        }
        let e0 = floor(log10(minV)) - 0, e1 = max(ceil(log10(maxV)), e0 + 1)
        func py(_ y: Double) -> Double { bottom - (log10(y) - e0) / (e1 - e0) * (bottom - top) }

        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(f(width))\" height=\"\(f(height))\" viewBox=\"0 0 \(f(width)) \(f(height))\" font-family=\"sans-serif\" font-size=\"12\">\n"
        out += "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
        out += "<text x=\"\(f(width / 2))\" y=\"24\" text-anchor=\"middle\" font-size=\"15\" font-weight=\"bold\">\(xml(title))</text>\n"
        for e in Int(e0)...Int(e1) {
            let y = py(pow(10, Double(e)))
            out += "<line x1=\"\(f(left))\" y1=\"\(f(y))\" x2=\"\(f(width - 20))\" y2=\"\(f(y))\" stroke=\"#ddd\"/>\n"
            out += "<text x=\"\(f(left - 6))\" y=\"\(f(y + 4))\" text-anchor=\"end\">\(xml(yLabel(pow(10, Double(e)))))</text>\n"
        }
        out += "<text transform=\"translate(16 \(f((top + bottom) / 2))) rotate(-90)\" text-anchor=\"middle\">\(xml(yTitle))</text>\n"

        func bar(_ i: Int, from a: Double, to b: Double, color: String, label: String, caption: String) {
            let x = left + gap / 2 + Double(i) * (barWidth + gap)
            let y0 = py(max(a, b)), y1 = py(min(a, b))
            out += "<rect x=\"\(f(x))\" y=\"\(f(y0))\" width=\"\(f(barWidth))\" height=\"\(f(max(1, y1 - y0)))\" fill=\"\(color)\"/>\n"
            out += "<text x=\"\(f(x + barWidth / 2))\" y=\"\(f(y0 - 5))\" text-anchor=\"middle\">\(xml(caption))</text>\n"
            out += "<text transform=\"translate(\(f(x + barWidth / 2)) \(f(bottom + 12))) rotate(35)\" font-size=\"11\">\(xml(label))</text>\n"
        }
        let floor = pow(10, e0)
        bar(0, from: floor, to: baseline, color: "#555", label: baselineLabel, caption: Self.money(baseline))
        for (i, s) in steps.enumerated() {
            bar(i + 1, from: s.before, to: s.after, color: s.after <= s.before ? "#2a9d8f" : "#e76f51",
                label: s.label, caption: "×" + String(format: "%.3g", s.after / s.before))
        }
        bar(steps.count + 1, from: floor, to: final, color: "#264653", label: finalLabel, caption: Self.money(final))
        out += "<line x1=\"\(f(left))\" y1=\"\(f(bottom))\" x2=\"\(f(width - 20))\" y2=\"\(f(bottom))\" stroke=\"#333\"/>\n"
        return out + "</svg>\n"
    }

    /// "$6.70M", "$15.0B" — three significant digits with a suffix.
    static func money(_ v: Double) -> String {
        let units: [(Double, String)] = [(1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "k")]
        for (scale, suffix) in units where v >= scale { return "$" + String(format: "%.3g", v / scale) + suffix }
        return "$" + String(format: "%.3g", v)
    }
}
