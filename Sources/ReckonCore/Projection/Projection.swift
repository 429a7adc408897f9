/// Everything `reckon project` shows: the per-year table of the three scenarios, the crossing years with the
/// spending lines, the Fig. 6 growth index, and the same costs at equal quality under a routed-model law.
/// Computed once by ``Projection/init(model:years:lines:basis:growth:moeLaw:)``.
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
    /// The routed-model law that values the experts for the equal-quality view (``TrendModel/equalQualityFactor``).
    public var moeLaw: RoutedScalingLaw
    /// Crossing years of the equal-quality cost (same lines, basis and search as ``crossovers``).
    public var equalQualityCrossovers: [Crossover]

    /// Computes the projection; throws ``InputError`` for an empty or implausible year range or a bad line.
    public init(
        model: TrendModel, years: ClosedRange<Int> = 2020...2035, lines: [SpendingLine] = SpendingLines.all,
        basis: CostBasis = .gpu, growth: GrowthIndexConstants = .paper,
        moeLaw: RoutedScalingLaw = .clark2022
    ) throws {
        try Check.integer(years.lowerBound, "from", in: 1990...2100)
        try Check.integer(years.upperBound, "to", in: 1990...2100)
        for line in lines { try line.validate() }
        self.model = model
        self.years = years
        self.lines = lines
        self.basis = basis
        let points = ProjectionScenario.allCases.flatMap { s in years.map { model.point(s, year: $0) } }
        if let bad = points.first(where: {
            !($0.compute.isFinite && $0.gpuCost.isFinite && $0.cloudCost.isFinite && $0.gpuHours.isFinite)
        }) {
            throw InputError(
                field: "to", value: "\(years.upperBound)",
                allowed: "a range whose projected FLOP and costs stay finite",
                hint: "the \(bad.scenario.title) overflows in \(bad.year); lower --to or the growth rates")
        }
        self.points = points
        self.crossovers = model.crossovers(lines: lines, basis: basis, from: years.lowerBound)
        self.growth = GrowthIndex(constants: growth, trend: model)
        self.moeLaw = moeLaw
        self.equalQualityCrossovers = ProjectionScenario.allCases.flatMap { s in
            lines.map { line in
                Crossover(
                    scenario: s, lineID: line.id, lineName: line.name, basis: basis,
                    year: model.equalQualityCrossingYear(
                        s, line: line, basis: basis, law: moeLaw,
                        from: years.lowerBound))
            }
        }
    }

    /// The law's warning for the best-guess frontier model of the last year (nil inside the fitted range).
    public var moeLawWarning: String? {
        let y = years.upperBound
        let p = model.parameters(year: y).value
        let k = model.experts(.bestGuess, year: y)
        guard k > 1 else { return nil }
        return moeLaw.rangeWarning(
            activeParameters: moeLaw.requiredActiveParameters(denseEquivalent: p, experts: k),
            experts: k)
    }

    /// The row of `scenario` in `year`, if the year is in the table.
    public func point(_ scenario: ProjectionScenario, year: Int) -> ProjectionPoint? {
        points.first { $0.scenario == scenario && $0.year == year }
    }
}
