import Foundation

/// A line chart with a linear x axis (years) and a logarithmic y axis, rendered as a standalone SVG.
///
/// Used for the paper's Fig. 5 (training cost vs year with spending lines) and Fig. 6 (growth index vs year).
/// Ticks on the y axis fall on powers of ten and are labelled by `yLabel` (e.g. "$1M", "$1B"); series can be
/// solid, dashed, or markers only; a legend lists them in order. Output is deterministic (fixed formatting).
public struct ProjectionChart: Sendable {
    public enum Style: Sendable { case solid, dashed, markers }

    public struct Series: Sendable {
        public var name: String
        public var points: [(x: Double, y: Double)]
        public var color: String
        public var style: Style
        public init(name: String, points: [(x: Double, y: Double)], color: String, style: Style = .solid) {
            self.name = name; self.points = points; self.color = color; self.style = style
        }
    }

    public var title: String
    public var xTitle: String
    public var yTitle: String
    public var series: [Series]
    /// Label of a power of ten on the y axis.
    public var yLabel: @Sendable (Double) -> String
    public var width: Double = 760
    public var height: Double = 460

    public init(title: String, xTitle: String, yTitle: String, series: [Series],
                yLabel: @escaping @Sendable (Double) -> String = ProjectionChart.plainLabel) {
        self.title = title; self.xTitle = xTitle; self.yTitle = yTitle; self.series = series; self.yLabel = yLabel
    }

    /// "1", "10", "100", "1e3" …
    public static let plainLabel: @Sendable (Double) -> String = { v in
        let e = Int(log10(v).rounded())
        return (0...2).contains(e) ? String(Int(pow(10, Double(e)))) : "1e\(e)"
    }

    /// "$1", "$10k", "$1M", "$100B", "$1T", "$1e15".
    public static let dollarLabel: @Sendable (Double) -> String = { v in
        let e = Int(log10(v).rounded())
        let units: [(Int, String)] = [(12, "T"), (9, "B"), (6, "M"), (3, "k"), (0, "")]
        guard e >= 0, e < 15, let (base, suffix) = units.first(where: { e >= $0.0 }) else { return "$1e\(e)" }
        return "$" + String(Int(pow(10, Double(e - base)))) + suffix
    }

    private func f(_ x: Double) -> String { ProjectionSVG.num(x) }
    private func xml(_ s: String) -> String { ProjectionSVG.escape(s) }

    // Plot area margins.
    private var left: Double { 78 }
    private var right: Double { width - 20 }
    private var top: Double { 44 }
    private var bottom: Double { height - 52 }

    /// The SVG document.
    public func svg() -> String {
        let finite = series.flatMap(\.points).filter { $0.x.isFinite && $0.y.isFinite && $0.y > 0 }
        guard let minX = finite.map(\.x).min(), let maxX = finite.map(\.x).max(),
              let minY = finite.map(\.y).min(), let maxY = finite.map(\.y).max() else {
            return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(f(width))\" height=\"\(f(height))\"></svg>\n"
        }
        let x0 = minX, x1 = maxX > minX ? maxX : minX + 1
        let e0 = floor(log10(minY)), e1 = max(ceil(log10(maxY)), e0 + 1)
        func px(_ x: Double) -> Double { left + (x - x0) / (x1 - x0) * (right - left) }
        func py(_ y: Double) -> Double { bottom - (log10(y) - e0) / (e1 - e0) * (bottom - top) }

        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(f(width))\" height=\"\(f(height))\" viewBox=\"0 0 \(f(width)) \(f(height))\" font-family=\"sans-serif\" font-size=\"12\">\n"
        out += "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
        out += "<text x=\"\(f(width / 2))\" y=\"24\" text-anchor=\"middle\" font-size=\"15\" font-weight=\"bold\">\(xml(title))</text>\n"
        // Y grid on every decade; labels on every decade up to 10 of them, else on multiples of 3 decades
        // (so dollar axes read $1k, $1M, $1B, $1T).
        let decades = Int(e1 - e0)
        let step = decades <= 10 ? 1 : 3 * Int((Double(decades) / 30).rounded(.up))
        for e in Int(e0)...Int(e1) {
            let y = py(pow(10, Double(e)))
            let labelled = step == 1 || e % step == 0
            out += "<line x1=\"\(f(left))\" y1=\"\(f(y))\" x2=\"\(f(right))\" y2=\"\(f(y))\" stroke=\"\(labelled ? "#ccc" : "#eee")\"/>\n"
            if labelled {
                out += "<text x=\"\(f(left - 6))\" y=\"\(f(y + 4))\" text-anchor=\"end\">\(xml(yLabel(pow(10, Double(e)))))</text>\n"
            }
        }
        // X ticks: whole years, every 1, 2 or 5.
        let span = x1 - x0
        let xStep = span <= 12 ? 1.0 : (span <= 24 ? 2.0 : 5.0)
        var x = (x0 / xStep).rounded(.up) * xStep
        while x <= x1 + 1e-9 {
            let X = px(x)
            out += "<line x1=\"\(f(X))\" y1=\"\(f(bottom))\" x2=\"\(f(X))\" y2=\"\(f(bottom + 5))\" stroke=\"#333\"/>\n"
            out += "<text x=\"\(f(X))\" y=\"\(f(bottom + 19))\" text-anchor=\"middle\">\(Int(x))</text>\n"
            x += xStep
        }
        out += "<rect x=\"\(f(left))\" y=\"\(f(top))\" width=\"\(f(right - left))\" height=\"\(f(bottom - top))\" fill=\"none\" stroke=\"#333\"/>\n"
        out += "<text x=\"\(f((left + right) / 2))\" y=\"\(f(height - 12))\" text-anchor=\"middle\">\(xml(xTitle))</text>\n"
        out += "<text transform=\"translate(16 \(f((top + bottom) / 2))) rotate(-90)\" text-anchor=\"middle\">\(xml(yTitle))</text>\n"
        // Series.
        for s in series {
            let pts = s.points.filter { $0.x.isFinite && $0.y.isFinite && $0.y > 0 }
            guard !pts.isEmpty else { continue }
            switch s.style {
            case .markers:
                for p in pts {
                    out += "<circle cx=\"\(f(px(p.x)))\" cy=\"\(f(py(p.y)))\" r=\"4.5\" fill=\"none\" stroke=\"\(s.color)\" stroke-width=\"2\"/>\n"
                }
            case .solid, .dashed:
                let d = pts.enumerated().map { ($0.offset == 0 ? "M" : "L") + f(px($0.element.x)) + " " + f(py($0.element.y)) }.joined(separator: " ")
                let dash = s.style == .dashed ? " stroke-dasharray=\"6 4\"" : ""
                out += "<path d=\"\(d)\" fill=\"none\" stroke=\"\(s.color)\" stroke-width=\"2\"\(dash)/>\n"
            }
        }
        // Legend, top-left inside the plot.
        var ly = top + 16
        out += "<rect x=\"\(f(left + 8))\" y=\"\(f(top + 4))\" width=\"250\" height=\"\(f(Double(series.count) * 17 + 8))\" fill=\"white\" fill-opacity=\"0.85\" stroke=\"#ccc\"/>\n"
        for s in series {
            let lx = left + 16
            switch s.style {
            case .markers:
                out += "<circle cx=\"\(f(lx + 11))\" cy=\"\(f(ly - 4))\" r=\"4\" fill=\"none\" stroke=\"\(s.color)\" stroke-width=\"2\"/>\n"
            case .solid, .dashed:
                let dash = s.style == .dashed ? " stroke-dasharray=\"6 4\"" : ""
                out += "<line x1=\"\(f(lx))\" y1=\"\(f(ly - 4))\" x2=\"\(f(lx + 22))\" y2=\"\(f(ly - 4))\" stroke=\"\(s.color)\" stroke-width=\"2\"\(dash)/>\n"
            }
            out += "<text x=\"\(f(lx + 30))\" y=\"\(f(ly))\">\(xml(s.name))</text>\n"
            ly += 17
        }
        return out + "</svg>\n"
    }
}

/// Text helpers shared by the projection and waterfall charts.
enum ProjectionSVG {
    /// Fixed two-decimal coordinates, so the SVG is byte-for-byte reproducible.
    static func num(_ x: Double) -> String { String(format: "%.2f", x) }

    /// Escapes text for XML content and attributes.
    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}

