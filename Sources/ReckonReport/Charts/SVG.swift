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

    static func color(_ i: Int) -> String { palette[((i % palette.count) + palette.count) % palette.count] }

    /// Reference lines (targets, caps, medians): a dark grey readable on light and dark backgrounds.
    static let referenceColor = "#6e7781"

    /// Style sheet embedded in every chart: follows the reader's light or dark preference.
    static let style = """
        <style>
        .rk-bg{fill:#ffffff}.rk-text{fill:#1f2328;font:13px system-ui,-apple-system,'Segoe UI',sans-serif}
        .rk-title{font-weight:600;font-size:15px}.rk-grid{stroke:#d0d7de;stroke-width:1}\
        .rk-axis{stroke:#57606a;stroke-width:1}
        .rk-small{font-size:11px}
        @media (prefers-color-scheme: dark){.rk-bg{fill:#0d1117}.rk-text{fill:#e6edf3}.rk-grid{stroke:#30363d}\
        .rk-axis{stroke:#8b949e}}
        </style>
        """

    /// Opening tag: scales to its container (width 100%), keeps its aspect ratio; the title, wrapped onto a second
    /// line when it is wider than the chart. Returns the SVG so far and the y at which the plot may start.
    static func header(width: Int, height: Int, title: String) -> (svg: String, top: Double) {
        var s =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" width=\"100%\" "
            + "style=\"max-width:\(width)px\" role=\"img\" aria-label=\"\(escape(title))\">\n"
            + style + "\n<rect class=\"rk-bg\" width=\"\(width)\" height=\"\(height)\"/>\n"
        let lines = wrap(title, width: Double(width) - 32, size: 15, maxLines: 2)
        for (i, line) in lines.enumerated() {
            s += "<text class=\"rk-text rk-title\" x=\"16\" y=\"\(24 + 19 * i)\">\(escape(line))</text>\n"
        }
        return (s, 44 + 19 * Double(lines.count - 1))
    }

    /// The opening tag and a one- or two-line title (see ``header(width:height:title:)``).
    static func open(width: Int, height: Int, title: String) -> String {
        header(width: width, height: height, title: title).svg
    }

    /// The height a title takes beyond one line, for charts that size themselves.
    static func extraTitleHeight(_ title: String, width: Int) -> Double {
        Double(wrap(title, width: Double(width) - 32, size: 15, maxLines: 2).count - 1) * 19
    }

    // MARK: - Text measurement

    /// The width of `text` in px at font size `size` in a system sans-serif, from per-character advance widths (in
    /// em) of Helvetica/Arial-like faces, rounded up by 6% so that no face in common use draws it wider.
    static func textWidth(_ text: String, size: Double) -> Double {
        var em = 0.0
        for c in text { em += advance(c) }
        return em * size * 1.06
    }

    static func advance(_ c: Character) -> Double {
        switch c {
        case "i", "l", "j", ".", ",", ":", ";", "!", "|", "'", "I", "·": return 0.28
        case " ", "f", "t", "r", "(", ")", "[", "]", "/", "\\": return 0.33
        case "-": return 0.34
        case "m", "w": return 0.84
        case "M", "W", "@": return 0.9
        case "%": return 0.9
        case "—", "…": return 1.0
        case "0"..."9", "$", "+", "×", "=", "<", ">", "≤", "≥", "–", "÷", "−", "~", "_", "#", "€": return 0.58
        case "a"..."z": return 0.55
        case "A"..."Z": return 0.7
        default:
            guard let scalar = c.unicodeScalars.first else { return 0.6 }
            return scalar.value >= 0x2E80 ? 1.0 : 0.62  // CJK and other wide scripts take a full em
        }
    }

    /// `text` broken at spaces into lines no wider than `width` px (at most `maxLines`; the last keeps the rest,
    /// shrunk only in that a long single word may exceed the width — callers size their margins from the result).
    static func wrap(_ text: String, width: Double, size: Double, maxLines: Int) -> [String] {
        guard textWidth(text, size: size) > width, maxLines > 1 else { return [text] }
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
            let candidate = current.isEmpty ? word : current + " " + word
            if textWidth(candidate, size: size) <= width || current.isEmpty || lines.count == maxLines - 1 {
                current = candidate
            } else {
                lines.append(current)
                current = word
            }
        }
        lines.append(current)
        return lines
    }

    /// `<text>` with one `<tspan>` per line, the block centred vertically on `y`.
    static func multiline(
        _ lines: [String], x: Double, y: Double, anchor: String, lineHeight: Double = 13,
        attributes: String = "class=\"rk-text rk-small\""
    ) -> String {
        let first = y - Double(lines.count - 1) * lineHeight / 2
        var s = "<text \(attributes) x=\"\(n(x))\" y=\"\(n(first))\" text-anchor=\"\(anchor)\">"
        for (i, line) in lines.enumerated() {
            s += "<tspan x=\"\(n(x))\" dy=\"\(i == 0 ? 0 : lineHeight)\">\(escape(line))</tspan>"
        }
        return s + "</text>"
    }

    // MARK: - Legend

    /// Legend entries laid out left to right, wrapping to a new row when the next one would not fit.
    /// Returns the SVG and the height used (0 for no entries).
    static func legend(_ entries: [LegendEntry], x: Double, y: Double, width: Double) -> (svg: String, height: Double) {
        guard !entries.isEmpty else { return ("", 0) }
        var s = ""
        var cx = x
        var row = 0.0
        for e in entries {
            let w = 32 + textWidth(e.name, size: 11) + 18
            if cx > x, cx + w > x + width {
                cx = x
                row += 1
            }
            let ly = y + row * 20
            switch e.mark {
            case .swatch:
                s += "<rect x=\"\(n(cx))\" y=\"\(n(ly - 10))\" width=\"24\" height=\"12\" fill=\"\(e.color)\"/>"
            case .marker:
                s +=
                    "<circle cx=\"\(n(cx + 13))\" cy=\"\(n(ly - 4))\" r=\"5\" fill=\"none\" stroke=\"\(e.color)\" "
                    + "stroke-width=\"2\"/>"
            case .line(let dash):
                s +=
                    "<line x1=\"\(n(cx))\" x2=\"\(n(cx + 26))\" y1=\"\(n(ly - 4))\" y2=\"\(n(ly - 4))\" "
                    + "stroke=\"\(e.color)\" stroke-width=\"2.5\"\(dash.map { " stroke-dasharray=\"\($0)\"" } ?? "")/>"
            }
            s += "<text class=\"rk-text rk-small\" x=\"\(n(cx + 32))\" y=\"\(n(ly))\">\(escape(e.name))</text>\n"
            cx += w
        }
        return (s, (row + 1) * 20)
    }

    /// The height ``legend(_:x:y:width:)`` takes for `entries` in `width`.
    static func legendHeight(_ entries: [LegendEntry], width: Double) -> Double {
        guard !entries.isEmpty else { return 0 }
        var cx = 0.0
        var rows = 1.0
        for e in entries {
            let w = 32 + textWidth(e.name, size: 11) + 18
            if cx > 0, cx + w > width {
                cx = 0
                rows += 1
            }
            cx += w
        }
        return rows * 20
    }

    struct LegendEntry {
        enum Mark { case swatch, marker, line(dash: String?) }
        var name: String
        var color: String
        var mark: Mark
    }

    // MARK: - CSV

    /// RFC 4180 CSV of the data behind a chart; numbers as JSON writes them.
    static func csv(_ header: [String], _ rows: [[String]]) -> String {
        Table(header: header, rows: rows).csv()
    }

    static func number(_ x: Double) -> String { JSONValue.number(x) }

    /// An element id unique to a chart's title and stable across runs (FNV-1a), so several charts can share a page.
    static func identifier(_ prefix: String, _ title: String) -> String {
        var h: UInt32 = 2_166_136_261
        for b in title.utf8 { h = (h ^ UInt32(b)) &* 16_777_619 }
        return prefix + "-" + String(h, radix: 16)
    }

    /// Standalone charts of one width stacked vertically in one SVG document (each keeps its own coordinates).
    static func stack(_ charts: [(svg: String, height: Int)], width: Int) -> String {
        let total = charts.reduce(0) { $0 + $1.height }
        var out =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(total)\" width=\"100%\" "
            + "style=\"max-width:\(width)px\">\n"
        var y = 0
        for chart in charts {
            // Replace the chart's responsive opening tag with a positioned, fixed-size one.
            guard let end = chart.svg.firstIndex(of: ">") else { continue }
            out +=
                "<svg x=\"0\" y=\"\(y)\" width=\"\(width)\" height=\"\(chart.height)\" viewBox=\"0 0 \(width) "
                + "\(chart.height)\">"
            out += chart.svg[chart.svg.index(after: end)...]
            y += chart.height
        }
        return out + "</svg>\n"
    }
}
