/// The projection at the quality the paper assumes, with a scaling law valuing the experts.
///
/// The trend model's frontier run of year y has P(y) parameters in K(y) experts and costs `k·P²/K` FLOP: the paper
/// assumes "better sparsity models that increase the number of partitions without quality degradation" (Sec. 2.1),
/// i.e. the routed model matches a dense P(y). A routed-model scaling law says what it takes to match one:
///
/// ```
/// C_eq(y) = k · P(y)² · f_law(P(y), K(y))  =  C(y) · K(y) · f_law(P(y), K(y))
/// ```
/// - `f_law`: ``RoutedScalingLaw/costFactor(denseEquivalent:experts:hiddenSize:)`` (Clark et al. 2022 by default),
///   between 1/K (the paper's identity) and 1 (experts worth nothing) plus router FLOP.
///
/// At the frontier this is far outside the law's fitted range (≤ 1.3B active parameters): it is shown beside the
/// paper's projection, with a warning, not in place of it.
extension TrendModel {
    /// `K · f_law`: cost at equal quality ÷ the paper's cost.
    public func equalQualityFactor(_ scenario: ProjectionScenario, year: Int, law: RoutedScalingLaw) -> Double {
        let k = experts(scenario, year: year)
        return k * law.costFactor(denseEquivalent: parameters(year: year).value, experts: k)
    }

    /// The cost of `scenario` in `year` on `basis` at the quality the paper assumes.
    public func costAtEqualQuality(
        _ scenario: ProjectionScenario, year: Int, basis: CostBasis,
        law: RoutedScalingLaw
    ) -> Double {
        cost(scenario, year: year, basis: basis) * equalQualityFactor(scenario, year: year, law: law)
    }

    /// The first year in `from...horizon` the equal-quality cost reaches the line's value.
    public func equalQualityCrossingYear(
        _ scenario: ProjectionScenario, line: SpendingLine, basis: CostBasis,
        law: RoutedScalingLaw, from: Int, horizon: Int = 2100
    ) -> Int? {
        guard from <= horizon else { return nil }
        for year in from...horizon
        where costAtEqualQuality(scenario, year: year, basis: basis, law: law) >= line.value(year: year).value {
            return year
        }
        return nil
    }
}
