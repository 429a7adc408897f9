import ReckonAnalysis
import ReckonUnits

/// A histogram of a Monte Carlo sample as SVG, with the p5, median and p95 marked.
///
/// Bins are equal-width over the 0.1st–99.9th percentile range of the sample (so one extreme draw of a
/// heavy-tailed lognormal cannot squash the rest into one bar); draws beyond it are counted in the end bins.
public struct HistogramChart: Sendable {
    public var title: String
    /// The value axis (label and tick format; linear scale).
    public var value: Axis
    public var values: [Double]
    public var bins: Int

    public init(title: String, value: Axis, values: [Double], bins: Int = 40) {
        precondition(bins >= 1 && !values.isEmpty, "a histogram needs values and at least one bin")
        self.title = title
        self.value = value
        self.values = values
        self.bins = bins
    }

    /// Counts per bin and the range they cover.
    public func counts() -> (range: ClosedRange<Double>, counts: [Int]) {
        var scratch = values.filter(\.isFinite)
        var counts = [Int](repeating: 0, count: bins)
        guard !scratch.isEmpty else { return (0...1, counts) }
        var lo = Percentiles.percentile(0.001, of: &scratch)
        var hi = Percentiles.percentile(0.999, of: &scratch)
        // A range too narrow to split into bins (all values equal, or a subnormal spread) is widened around them.
        if !((hi - lo) / Double(bins) > 0) || !(hi - lo).isFinite {
            lo -= max(abs(lo) * 0.05, 0.5)
            hi += max(abs(hi) * 0.05, 0.5)
        }
        let width = (hi - lo) / Double(bins)
        for v in scratch {
            // The bin as a Double, clamped before it becomes an Int (no trap on huge or tiny ratios).
            let position = min(max(((v - lo) / width).rounded(.down), 0), Double(bins - 1))
            counts[position.isFinite ? Int(position) : 0] += 1
        }
        return (lo...hi, counts)
    }

    /// The bins as CSV: `bin_low`, `bin_high`, `count`, `share` (of all samples).
    public func csv() -> String {
        let (range, counts) = counts()
        let width = (range.upperBound - range.lowerBound) / Double(counts.count)
        return SVG.csv(
            ["bin_low", "bin_high", "count", "share"],
            counts.enumerated().map { i, c in
                [
                    SVG.number(range.lowerBound + Double(i) * width),
                    SVG.number(range.lowerBound + Double(i + 1) * width),
                    String(c), SVG.number(Double(c) / Double(values.count)),
                ]
            })
    }

    public func svg(width: Int = 800, height: Int = 420) -> String {
        let (range, counts) = counts()
        var scratch = values
        let markers = [
            ("p5", Percentiles.percentile(0.05, of: &scratch)),
            ("median", Percentiles.percentile(0.5, of: &scratch)),
            ("p95", Percentiles.percentile(0.95, of: &scratch)),
        ]
        // The y axis: share of samples per bin, in percent, on a 1-2-5 scale from 0.
        let peakShare = Double(counts.max() ?? 1) / Double(max(values.count, 1)) * 100
        let shareAxis = Axis(label: "share of samples per bin", format: { NumberFormat.significant($0) + "%" })
        let shareDomain = shareAxis.domain([0, max(peakShare, 1e-9)])
        let shareTicks = shareAxis.ticks(shareDomain)
        let tickWidth = shareTicks.map { SVG.textWidth(shareAxis.format($0), size: 11) }.max() ?? 0
        let left = max(60, tickWidth + 34)
        let right = 24.0
        let bottom = 56.0
        let (head, top) = SVG.header(width: width, height: height, title: title)
        let w = Double(width) - left - right
        let h = Double(height) - top - bottom
        var axis = value
        axis.scale = .linear
        axis.bounds = axis.bounds ?? range
        let domain = axis.domain([range.lowerBound, range.upperBound])
        func px(_ v: Double) -> Double { left + w * axis.fraction(v, in: domain) }
        func py(_ share: Double) -> Double { top + h * (1 - shareAxis.fraction(share, in: shareDomain)) }

        var s = head
        for t in shareTicks {
            s +=
                "<line class=\"rk-grid\" x1=\"\(SVG.n(left))\" x2=\"\(SVG.n(left + w))\" y1=\"\(SVG.n(py(t)))\" "
                + "y2=\"\(SVG.n(py(t)))\"/>"
            s +=
                "<text class=\"rk-text rk-small\" x=\"\(SVG.n(left - 6))\" y=\"\(SVG.n(py(t) + 4))\" "
                + "text-anchor=\"end\">\(SVG.escape(shareAxis.format(t)))</text>\n"
        }
        for t in axis.ticks(domain) {
            s +=
                "<text class=\"rk-text rk-small\" x=\"\(SVG.n(px(t)))\" y=\"\(SVG.n(top + h + 16))\" "
                + "text-anchor=\"middle\">\(SVG.escape(axis.format(t)))</text>\n"
        }
        let binWidth = (range.upperBound - range.lowerBound) / Double(counts.count)
        for (i, c) in counts.enumerated() where c > 0 {
            let x0 = px(range.lowerBound + Double(i) * binWidth)
            let x1 = px(range.lowerBound + Double(i + 1) * binWidth)
            let share = Double(c) / Double(values.count) * 100
            let low = axis.format(range.lowerBound + Double(i) * binWidth)
            let high = axis.format(range.lowerBound + Double(i + 1) * binWidth)
            s +=
                "<rect x=\"\(SVG.n(x0))\" y=\"\(SVG.n(py(share)))\" width=\"\(SVG.n(max(1, x1 - x0 - 1)))\" "
                + "height=\"\(SVG.n(top + h - py(share)))\" fill=\"\(SVG.palette[0])\">"
            s +=
                "<title>\(SVG.escape(low + "–" + high + ": " + NumberFormat.significant(share, digits: 2) + "%"))"
                + "</title></rect>\n"
        }
        for (i, (name, v)) in markers.enumerated() {
            let label = name + " " + axis.format(v)
            // The label sits right of its line, or left of it when it would run past the plot.
            let fits = px(v) + 4 + SVG.textWidth(label, size: 11) <= left + w
            s +=
                "<line x1=\"\(SVG.n(px(v)))\" x2=\"\(SVG.n(px(v)))\" y1=\"\(SVG.n(top))\" y2=\"\(SVG.n(top + h))\" "
                + "stroke=\"\(SVG.palette[1])\" stroke-width=\"2\" stroke-dasharray=\"\(i == 1 ? "none" : "5 3")\"/>"
            s +=
                "<text class=\"rk-text rk-small\" x=\"\(SVG.n(px(v) + (fits ? 4 : -4)))\" "
                + "y=\"\(SVG.n(top + 12 + Double(i) * 14))\" text-anchor=\"\(fits ? "start" : "end")\">"
                + "\(SVG.escape(label))</text>\n"
        }
        s +=
            "<line class=\"rk-axis\" x1=\"\(SVG.n(left))\" x2=\"\(SVG.n(left + w))\" y1=\"\(SVG.n(top + h))\" "
            + "y2=\"\(SVG.n(top + h))\"/>\n"
        s +=
            "<line class=\"rk-axis\" x1=\"\(SVG.n(left))\" x2=\"\(SVG.n(left))\" y1=\"\(SVG.n(top))\" "
            + "y2=\"\(SVG.n(top + h))\"/>\n"
        s +=
            "<text class=\"rk-text\" x=\"\(SVG.n(left + w / 2))\" y=\"\(SVG.n(top + h + 38))\" "
            + "text-anchor=\"middle\">\(SVG.escape(axis.label))</text>\n"
        s +=
            "<text class=\"rk-text\" transform=\"translate(16 \(SVG.n(top + h / 2))) rotate(-90)\" "
            + "text-anchor=\"middle\">\(SVG.escape(shareAxis.label))</text>\n"
        return s + "</svg>\n"
    }
}
