/// Which cost a crossing compares with a spending line.
public enum CostBasis: String, Sendable, Hashable, Codable, CaseIterable {
    /// GPU cost of the final run (the paper's "in GPU costs alone").
    case gpu
    /// Cloud cost (GPU cost × 4.8).
    case cloud
}

/// The first year a scenario's training cost reaches a spending line.
public struct Crossover: Sendable, Hashable {
    public var scenario: ProjectionScenario
    public var lineID: String
    public var lineName: String
    public var basis: CostBasis
    /// First year with cost ≥ line, or nil when it does not happen by the search horizon.
    public var year: Int?

    public init(scenario: ProjectionScenario, lineID: String, lineName: String, basis: CostBasis, year: Int?) {
        self.scenario = scenario
        self.lineID = lineID
        self.lineName = lineName
        self.basis = basis
        self.year = year
    }
}

extension TrendModel {
    /// The cost of `scenario` in `year` on a basis.
    public func cost(_ scenario: ProjectionScenario, year: Int, basis: CostBasis) -> Double {
        switch basis {
        case .gpu: gpuCost(scenario, year: year).value
        case .cloud: cloudCost(scenario, year: year).value
        }
    }

    /// The first year in `from...horizon` in which the scenario's cost is at least the line's value.
    ///
    /// ```
    /// y* = min { y ≥ from : Cost_s(y) ≥ V(y) }
    /// ```
    /// Paper Sec. 2.1: "the cost to train a single LLM will exceed the annual value of the worldwide GPU installed
    /// base by 2029, and the annual global IT spending by 2032"; "the intersection points only move back or
    /// forward by no more than one year" between scenarios.
    public func crossingYear(
        _ scenario: ProjectionScenario, line: SpendingLine, basis: CostBasis = .gpu,
        from: Int, horizon: Int = 2100
    ) -> Int? {
        guard from <= horizon else { return nil }
        for year in from...horizon where cost(scenario, year: year, basis: basis) >= line.value(year: year).value {
            return year
        }
        return nil
    }

    /// Crossing years of every scenario with every line.
    public func crossovers(
        lines: [SpendingLine], basis: CostBasis = .gpu, from: Int,
        horizon: Int = 2100
    ) -> [Crossover] {
        ProjectionScenario.allCases.flatMap { scenario in
            lines.map { line in
                Crossover(
                    scenario: scenario, lineID: line.id, lineName: line.name, basis: basis,
                    year: crossingYear(scenario, line: line, basis: basis, from: from, horizon: horizon))
            }
        }
    }
}
