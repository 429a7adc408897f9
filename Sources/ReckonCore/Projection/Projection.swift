/// Everything `reckon project` shows: the per-year table of the three scenarios, the crossing years with the
/// spending lines, and the Fig. 6 growth index. Computed once by ``Projection/init(model:years:lines:basis:growth:)``.
public struct Projection: Sendable, Hashable {
    public var model: TrendModel
    public var years: ClosedRange<Int>
    public var lines: [SpendingLine]
    public var basis: CostBasis
    /// One row per scenario and year, scenario-major (best case years…, best guess years…, worst case years…).
    public var points: [ProjectionPoint]
    /// Crossing years, searched from the first year of `years` up to 2100 (beyond the table if needed).
    public var crossovers: [Crossover]
    public var growth: GrowthIndex

    /// Computes the projection; throws ``InputError`` for an empty or implausible year range or a bad line.
    public init(model: TrendModel, years: ClosedRange<Int> = 2020...2035, lines: [SpendingLine] = SpendingLines.all,
                basis: CostBasis = .gpu, growth: GrowthIndexConstants = .paper) throws {
        try Check.integer(years.lowerBound, "from", in: 1990...2100)
        try Check.integer(years.upperBound, "to", in: 1990...2100)
        for line in lines { try line.validate() }
        self.model = model; self.years = years; self.lines = lines; self.basis = basis
        let points = ProjectionScenario.allCases.flatMap { s in years.map { model.point(s, year: $0) } }
        if let bad = points.first(where: { !($0.compute.isFinite && $0.gpuCost.isFinite && $0.cloudCost.isFinite && $0.gpuHours.isFinite) }) {
            throw InputError(field: "to", value: "\(years.upperBound)",
                             allowed: "a range whose projected FLOP and costs stay finite",
                             hint: "the \(bad.scenario.title) overflows in \(bad.year); lower --to or the growth rates")
        }
        self.points = points
        self.crossovers = model.crossovers(lines: lines, basis: basis, from: years.lowerBound)
        self.growth = GrowthIndex(constants: growth, trend: model)
    }

    /// The row of `scenario` in `year`, if the year is in the table.
    public func point(_ scenario: ProjectionScenario, year: Int) -> ProjectionPoint? {
        points.first { $0.scenario == scenario && $0.year == year }
    }
}
