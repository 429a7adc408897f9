/// Small helpers for writing SVG by hand: escaping, number formatting, the shared style sheet.
enum SVG {
    /// Escapes text for XML content and attributes.
    static func escape(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }

    /// Coordinates with one decimal: compact and stable across platforms (golden files compare them).
    static func n(_ x: Double) -> String {
        guard x.isFinite else { return "0" }
        let r = (x * 10).rounded() / 10
        return r == r.rounded() && abs(r) < 1e15 ? String(Int(r)) : String(r)
    }

    /// Okabe–Ito colour-blind-safe palette; readable on light and dark backgrounds.
    static let palette = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#999999"]

    /// Style sheet embedded in every chart: follows the reader's light or dark preference.
    static let style = """
        <style>
        .rk-bg{fill:#ffffff}.rk-text{fill:#1f2328;font:13px system-ui,-apple-system,'Segoe UI',sans-serif}
        .rk-title{font-weight:600;font-size:15px}.rk-grid{stroke:#d0d7de;stroke-width:1}.rk-axis{stroke:#57606a;stroke-width:1}
        .rk-small{font-size:11px}
        @media (prefers-color-scheme: dark){.rk-bg{fill:#0d1117}.rk-text{fill:#e6edf3}.rk-grid{stroke:#30363d}.rk-axis{stroke:#8b949e}}
        </style>
        """

    /// Opening tag: scales to its container (width 100%), keeps its aspect ratio.
    static func open(width: Int, height: Int, title: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" width=\"100%\" style=\"max-width:\(width)px\" role=\"img\" aria-label=\"\(escape(title))\">\n"
            + style + "\n<rect class=\"rk-bg\" width=\"\(width)\" height=\"\(height)\"/>\n"
            + "<text class=\"rk-text rk-title\" x=\"16\" y=\"24\">\(escape(title))</text>\n"
    }

    /// An element id unique to a chart's title and stable across runs (FNV-1a), so several charts can share a page.
    static func identifier(_ prefix: String, _ title: String) -> String {
        var h: UInt32 = 2_166_136_261
        for b in title.utf8 { h = (h ^ UInt32(b)) &* 16_777_619 }
        return prefix + "-" + String(h, radix: 16)
    }

    /// Standalone charts of one width stacked vertically in one SVG document (each keeps its own coordinates).
    static func stack(_ charts: [(svg: String, height: Int)], width: Int) -> String {
        let total = charts.reduce(0) { $0 + $1.height }
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(total)\" width=\"100%\" style=\"max-width:\(width)px\">\n"
        var y = 0
        for chart in charts {
            // Replace the chart's responsive opening tag with a positioned, fixed-size one.
            guard let end = chart.svg.firstIndex(of: ">") else { continue }
            out += "<svg x=\"0\" y=\"\(y)\" width=\"\(width)\" height=\"\(chart.height)\" viewBox=\"0 0 \(width) \(chart.height)\">"
            out += chart.svg[chart.svg.index(after: end)...]
            y += chart.height
        }
        return out + "</svg>\n"
    }
}
