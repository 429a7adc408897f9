import Foundation
import ReckonCatalog
import ReckonCore
import ReckonUnits

/// `reckon trends`: the memory wall measured on the catalog (paper Fig. 8; seed 004), and LightOn's "Moore's law may
/// take care of the first two orders of magnitude in the coming decade" (seed 000) beside Reckon's own trends.
public enum TrendsReport {
    /// The analysis on a catalog: every accelerator, and the NVIDIA line alone.
    public struct Result: Sendable {
        public var all: MemoryWall
        public var nvidia: MemoryWall
        /// Accelerators left out of a series for a missing figure (said, not filled).
        public var missing: [String]
        public var lightOn: LightOnComparison
    }

    /// LightOn's decade of Moore's law against Reckon's trends, in orders of magnitude per decade.
    public struct LightOnComparison: Sendable, Hashable {
        /// LightOn: "two orders of magnitude in the coming decade" → 2 OOM per decade (doubling every 1.5 years).
        public var claimed = 2.0
        /// GPU FLOP/s per dollar, doubling every `doublingYears` (Hobbhahn & Besiroglu 2022, the trend model's).
        public var pricePerformance: Double
        public var doublingYears: Double
        /// Peak FLOP/s per accelerator, fitted on the catalog (not per dollar).
        public var peakFLOPs: Double?

        /// The sentence that says how they differ.
        public var sentence: String {
            let years = 10 * log10(2) / claimed
            var s =
                "LightOn's two orders of magnitude in a decade mean a doubling every "
                + "\(NumberFormat.significant(years, digits: 2)) "
                + "years; Reckon's price-performance trend (FLOP/s per dollar doubling every "
                + "\(NumberFormat.significant(doublingYears)) "
                + "years, Hobbhahn & Besiroglu 2022) gives \(NumberFormat.significant(pricePerformance, digits: 2)) "
                + "orders in a "
                + "decade — ×\(NumberFormat.significant(pow(10, pricePerformance), digits: 2)), not ×100, so GPT-3's "
                + "$4.8M would "
                + "fall to $\(NumberFormat.count(4.8e6 / pow(10, pricePerformance))) by hardware alone, and the "
                + "other levers "
                + "would have to supply "
                + "\(NumberFormat.significant(log10(4.8e6 / 1000) - pricePerformance, digits: 2)) orders, not two."
            if let f = peakFLOPs {
                s +=
                    " Peak FLOP/s per accelerator (catalog fit) grows \(NumberFormat.significant(f, digits: 2)) "
                    + "orders a decade "
                    + "at BF16 — nearer LightOn's figure, but per chip, not per dollar: prices rose with it."
            }
            return s
        }
    }

    /// Builds the analysis from `catalog`.
    public static func analyze(catalog: Catalog = .builtin) -> Result {
        var missing: [String] = []
        let points = catalog.accelerators.map { a -> MemoryWall.Point in
            let p = MemoryWall.Point(
                name: a.name, year: a.year, peakFLOPPerSecond: a.peak(at: .bf16)?.value,
                bandwidthBytesPerSecond: a.memoryBandwidth?.value, capacityBytes: a.memory?.value)
            var gaps: [String] = []
            if p.peakFLOPPerSecond == nil { gaps.append("BF16 peak") }
            if p.bandwidthBytesPerSecond == nil { gaps.append("memory bandwidth") }
            if p.capacityBytes == nil { gaps.append("memory") }
            if !gaps.isEmpty { missing.append("\(a.id) (no \(gaps.joined(separator: ", ")))") }
            return p
        }
        let nvidia = zip(catalog.accelerators, points).filter { $0.0.vendor == "NVIDIA" }.map(\.1)
        let all = MemoryWall(points: points)
        let trend = TrendModel(preset: .paperStated).constants
        let lightOn = LightOnComparison(
            pricePerformance: 10 * log10(2) / trend.historicalDoublingYears,
            doublingYears: trend.historicalDoublingYears,
            peakFLOPs: MemoryWall(points: nvidia).fit(.peakFLOPs)?.ordersPerDecade)
        return Result(all: all, nvidia: MemoryWall(points: nvidia), missing: missing, lightOn: lightOn)
    }

    static func growth(_ x: Double) -> String { "×" + NumberFormat.significant(x, digits: 3) }

    /// One row per series and set of accelerators: growth per year with its 90% interval, per two years, per decade.
    public static func fitTable(_ r: Result) -> Table {
        var rows: [[String]] = []
        for (label, wall) in [("NVIDIA", r.nvidia), ("all vendors", r.all)] {
            for s in MemoryWall.Series.allCases {
                guard let f = wall.fit(s) else {
                    rows.append([
                        s.title, label, "—", "—", "—", "—",
                        "fewer than 3 points",
                    ])
                    continue
                }
                let paper = MemoryWall.gholami2021[s].map { "×" + NumberFormat.significant($0) } ?? "—"
                rows.append([
                    s.title, label + " (\(f.points), \(f.firstYear)–\(f.lastYear))",
                    growth(f.annualGrowth)
                        + " (\(growth(f.interval.lowerBound))–\(growth(f.interval.upperBound)))",
                    growth(f.biennialGrowth), NumberFormat.significant(f.ordersPerDecade, digits: 2), paper,
                    "",
                ])
            }
        }
        return Table(
            header: [
                "series", "accelerators (n, years)", "per year (90% CI)", "per 2 years", "OOM/decade",
                "Gholami 2021 per 2 y", "note",
            ], rows: rows)
    }

    static func headline(_ r: Result) -> String {
        guard let f = r.nvidia.fit(.peakFLOPs), let b = r.nvidia.fit(.bandwidth), let c = r.nvidia.fit(.capacity) else {
            return "Too few catalog accelerators with published figures to fit the memory wall."
        }
        var s =
            "On the catalog's NVIDIA accelerators, peak BF16 FLOP/s grows \(growth(f.annualGrowth))/yr "
            + "(90% CI \(growth(f.interval.lowerBound))–\(growth(f.interval.upperBound))) against memory bandwidth "
            + "\(growth(b.annualGrowth))/yr and capacity \(growth(c.annualGrowth))/yr"
        if let d = r.nvidia.flopsPerByteDoublingYears {
            s +=
                ": FLOP per byte of bandwidth doubles every \(NumberFormat.significant(d, digits: 2)) years — the "
                + "memory wall"
        }
        return s + " (Gholami et al.: ×3.0 vs ×1.6 per two years)."
    }

    /// The stable JSON document of `reckon trends --format json`: `fits` [{`series`, `set`, `points`, `first_year`,
    /// `last_year`, `annual_growth`, `low`, `high`, `biennial_growth`, `orders_per_decade`}],
    /// `flops_per_byte_doubling_years`
    /// (NVIDIA), `gholami_2021` {series: ×/2 years}, `lighton` {`claimed_orders_per_decade`,
    /// `price_performance_orders_per_decade`, `peak_flops_orders_per_decade`, `sentence`}, `accelerators`
    /// [{`name`, `year`, `peak_flops`, `bandwidth_bytes_per_second`, `memory_bytes`}], `missing`, `notes`.
    public static func json(_ r: Result) -> JSONValue {
        var fits: [JSONValue] = []
        for (label, wall) in [("nvidia", r.nvidia), ("all", r.all)] {
            for s in MemoryWall.Series.allCases {
                guard let f = wall.fit(s) else { continue }
                fits.append(
                    .object([
                        ("series", .string(s.rawValue)), ("set", .string(label)),
                        (
                            "points",
                            .number(Double(f.points))
                        ),
                        ("first_year", .number(Double(f.firstYear))),
                        (
                            "last_year",
                            .number(Double(f.lastYear))
                        ),
                        ("annual_growth", .number(f.annualGrowth)),
                        (
                            "low",
                            .number(f.interval.lowerBound)
                        ),
                        ("high", .number(f.interval.upperBound)),
                        (
                            "biennial_growth",
                            .number(f.biennialGrowth)
                        ),
                        ("orders_per_decade", .number(f.ordersPerDecade)),
                    ]))
            }
        }
        let l = r.lightOn
        return .object([
            ("fits", .array(fits)),
            ("flops_per_byte_doubling_years", .optional(r.nvidia.flopsPerByteDoublingYears)),
            (
                "gholami_2021",
                .object(
                    MemoryWall.gholami2021.sorted { $0.key.rawValue < $1.key.rawValue }
                        .map { ($0.key.rawValue, JSONValue.number($0.value)) })
            ),
            (
                "lighton",
                .object([
                    ("claimed_orders_per_decade", .number(l.claimed)),
                    ("price_performance_orders_per_decade", .number(l.pricePerformance)),
                    ("peak_flops_orders_per_decade", .optional(l.peakFLOPs)),
                    ("sentence", .string(l.sentence)),
                ])
            ),
            (
                "accelerators",
                .array(
                    r.all.points.map { p in
                        .object([
                            ("name", .string(p.name)), ("year", .number(Double(p.year))),
                            (
                                "peak_flops",
                                .optional(p.peakFLOPPerSecond)
                            ),
                            ("bandwidth_bytes_per_second", .optional(p.bandwidthBytesPerSecond)),
                            ("memory_bytes", .optional(p.capacityBytes)),
                        ])
                    })
            ),
            ("missing", .array(r.missing.map { .string($0) })),
            ("notes", .array(notes(r).map { .string($0) })),
        ])
    }

    static func notes(_ r: Result) -> [String] {
        var n = [
            "Fit: OLS of ln(value) on the year of first availability, one point per catalog accelerator; 90% CI "
                + "from "
                + "Student's t with n − 2 degrees of freedom. " + MemoryWall.gholamiSource + ".",
            "The paper (Sec. 3.6): the memory wall 'was reached in early 2019'; 'it is difficult to pack more "
                + "than 100GB "
                + "in a single package' — the catalog's largest is "
                + "\(NumberFormat.count((r.all.points.compactMap(\.capacityBytes).max() ?? 0) / 1e9)) GB.",
            r.lightOn.sentence,
        ]
        if !r.missing.isEmpty {
            n.append(
                "Left out of a series for a missing figure: "
                    + r.missing.joined(separator: "; ") + ".")
        }
        return n
    }

    /// Fig. 8 from the catalog: each NVIDIA series as an index (its fitted value in the first year = 1), points and
    /// fit.
    public static func chart(_ r: Result) -> LineChart {
        var series: [LineChart.Series] = []
        for s in MemoryWall.Series.allCases {
            guard let f = r.nvidia.fit(s) else { continue }
            let base = f.value(year: Double(f.firstYear))
            let pts = r.nvidia.values(s).map { (Double($0.year), $0.value / base) }
            series.append(.init(name: "\(s.title) (catalog)", points: pts, markers: true))
            series.append(
                .init(
                    name: "\(s.title) fit \(growth(f.annualGrowth))/yr",
                    points: [Double(f.firstYear), Double(f.lastYear)].map {
                        (
                            $0,
                            f.value(year: $0) / base
                        )
                    }))
        }
        if let f = r.nvidia.fit(.peakFLOPs) {
            // Gholami et al.'s rates from the same start, for comparison.
            let y0 = Double(f.firstYear)
            let y1 = Double(f.lastYear)
            for (s, g) in MemoryWall.gholami2021.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                series.append(
                    .init(
                        name: "Gholami 2021: \(s.title) ×\(NumberFormat.significant(g))/2 y",
                        points: [(y0, 1), (y1, pow(g, (y1 - y0) / 2))], dashed: true))
            }
        }
        return LineChart(
            title: "The memory wall on the catalog's NVIDIA accelerators (Fig. 8)",
            x: Axis(label: "year of first availability", format: Axis.yearFormat),
            y: Axis(
                label: "index, first year's fit = 1 (log scale)", scale: .log,
                format: Axis.plainFormat),
            series: series)
    }

    public static func render(_ r: Result, format: OutputFormat) -> String {
        switch format {
        case .json: return json(r).rendered() + "\n"
        case .csv: return fitTable(r).csv()
        case .markdown:
            return "## Memory wall and hardware trends\n\n\(headline(r))\n\n" + fitTable(r).markdown() + "\n\n"
                + notes(r).map { "- " + $0 }.joined(separator: "\n") + "\n"
        case .text:
            var out = headline(r) + "\n\n" + fitTable(r).text() + "\n"
            for n in notes(r) { out += "\nNote: " + n + "\n" }
            return out
        }
    }
}
