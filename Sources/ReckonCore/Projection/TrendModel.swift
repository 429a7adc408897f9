import Foundation
import ReckonUnits

/// The frontier-training cost projection: parameters, experts, FLOP and dollars of the final training run of
/// the largest model of each year, for the three scenarios of Table 1.
///
/// Source: Faraboschi et al. 2024, Sec. 2.1, Table 1, Fig. 5. The paper describes "a trend model that
/// considers ... algorithmic improvements reducing the token/parameter ratio, and better sparsity models that
/// increase the number of partitions" and gives its anchors; the equations are the reconstruction A1–A8 of
/// `shared/framework.md` §2. All constants live in ``TrendConstants``.
///
/// Years up to the anchor year (2023) are history and equal in all scenarios: parameters log-linear through
/// the GPT-3 (2021) and GPT-4 (2023) anchors, experts linear between them (1 before GPT-3), FLOP per parameter
/// at the anchor value. That in-between and earlier years follow these lines is an assumption of this
/// implementation (the paper gives only the two anchor years).
public struct TrendModel: Sendable, Hashable {
    public var constants: TrendConstants

    /// Builds the model after checking every constant (throws ``InputError``).
    public init(constants: TrendConstants) throws {
        try constants.validate()
        self.constants = constants
    }

    /// A model with one of the paper presets (always valid).
    public init(preset: TrendPreset) {
        self.constants = preset.constants
    }

    /// Frontier parameter count in year `y` (A2).
    ///
    /// ```
    /// P(y) = P_a · g^(y − y_a)                               y > y_a   (g = 2.8/yr, "+180% per year")
    /// P(y) = P_3 · (P_a / P_3)^((y − y_3) / (y_a − y_3))     y ≤ y_a   (log-linear through GPT-3 and GPT-4)
    /// ```
    /// - `P_3` = 175e9 (GPT-3, y_3 = 2021), `P_a` = 1.8e12 (GPT-4, y_a = 2023), parameters.
    public func parameters(year: Int) -> Parameters {
        let c = constants
        if year > c.anchorYear {
            return Parameters(c.anchorParameters * pow(c.parameterGrowth, Double(year - c.anchorYear)))
        }
        let t = Double(year - c.gpt3Year) / Double(c.anchorYear - c.gpt3Year)
        return Parameters(c.gpt3Parameters * pow(c.anchorParameters / c.gpt3Parameters, t))
    }

    /// Experts (sparsely activated partitions) of the frontier model in year `y` (A3).
    ///
    /// ```
    /// K_s(y) = K_a + e_s · (y − y_a)                         y > y_a   (e = 8 / 4 / 0 per Table 1)
    /// K(y)   = K_3 + (K_a − K_3) · (y − y_3) / (y_a − y_3)   y_3 ≤ y ≤ y_a;   K_3 before y_3
    /// ```
    /// - `K_3` = 1 (GPT-3 is dense), `K_a` = 9 (reconstruction: 1 + 4·2, inside the paper's "4 to 10").
    public func experts(_ scenario: ProjectionScenario, year: Int) -> Double {
        let c = constants
        if year > c.anchorYear {
            return c.anchorExperts + c.trend(scenario).expertsPerYear * Double(year - c.anchorYear)
        }
        if year <= c.gpt3Year { return c.gpt3Experts }
        let t = Double(year - c.gpt3Year) / Double(c.anchorYear - c.gpt3Year)
        return c.gpt3Experts + (c.anchorExperts - c.gpt3Experts) * t
    }

    /// FLOP per parameter "with tokens" in year `y` (A4): the anchor value (40) up to the anchor year,
    /// the scenario's Table 1 value (20 / 40 / 120) after it.
    public func flopPerParameter(_ scenario: ProjectionScenario, year: Int) -> Double {
        year > constants.anchorYear ? constants.trend(scenario).flopPerParameter : constants.anchorFLOPPerParameter
    }

    /// FLOP of the final training run (A1).
    ///
    /// ```
    /// C_s(y) = k_s(y) · P(y)² / K_s(y)
    /// ```
    /// - `k`: FLOP per parameter with tokens; `P`: parameters; `K`: experts. With k = 120 and K = 1 this is the
    ///   paper's `C = 120·P²`; with K experts, `120·P²/K` (Sec. 1.3).
    public func compute(_ scenario: ProjectionScenario, year: Int) -> FLOP {
        let p = parameters(year: year).value
        return FLOP(flopPerParameter(scenario, year: year) * p * p / experts(scenario, year: year))
    }

    /// GPU dollars per FLOP in the anchor year, calibrated so that the anchor model costs the anchor cost (A5).
    ///
    /// ```
    /// c_a = Cost_a / C(y_a) = 6.7e6 / (40 · (1.8e12)² / 9) ≈ 4.65e−19 $/FLOP
    /// ```
    public var anchorDollarsPerFLOP: Double {
        constants.anchorGPUCost / compute(.bestGuess, year: constants.anchorYear).value
    }

    /// GPU dollars per FLOP in year `y` (A5), improving with the price-performance doubling time.
    ///
    /// ```
    /// c(y) = c_a · 2^(−(y − y_a) / Td)      Td = 2.46 y up to y_a; the projected Td (2.46 or 2.95) after
    /// ```
    /// Source: Hobbhahn & Besiroglu 2022 (GPU FLOP/s per $ doubling), cited in the paper's Sec. 2 / Fig. 4.
    public func dollarsPerFLOP(year: Int) -> Double {
        let c = constants
        let td = year > c.anchorYear ? c.projectedDoublingYears : c.historicalDoublingYears
        return anchorDollarsPerFLOP * pow(2, -Double(year - c.anchorYear) / td)
    }

    /// GPU cost of the final training run (A6): `Cost_GPU = C_s(y) · c(y)`.
    public func gpuCost(_ scenario: ProjectionScenario, year: Int) -> USD {
        USD(compute(scenario, year: year).value * dollarsPerFLOP(year: year))
    }

    /// Cloud cost of the final training run (A6): `Cost_cloud = r · Cost_GPU`, r = 4.8.
    public func cloudCost(_ scenario: ProjectionScenario, year: Int) -> USD {
        gpuCost(scenario, year: year) * constants.cloudToGPUCostRatio
    }

    /// GPU-hours of the final training run (A7).
    ///
    /// ```
    /// H(y) = C_s(y) / (F(y) · 3600),   F(y) = F_a · 1.69^(y − y_a)
    /// ```
    /// - `F_a` = 1e15 FLOP/s per GPU (the paper's "1,000 16-bit TFLOP/s", Sec. 1.3), growing ~69%/yr (Fig. 6).
    public func gpuHours(_ scenario: ProjectionScenario, year: Int) -> Double {
        let c = constants
        let f = c.anchorGPUFLOPPerSecond * pow(c.gpuPerformanceGrowth, Double(year - c.anchorYear))
        return compute(scenario, year: year).value / (f * 3600)
    }

    /// The largest model a spending cap `B` pays for in year `y` (A8, the inverse of A1 and A6).
    ///
    /// ```
    /// P_max(y) = sqrt( B · K_s(y) / (k_s(y) · c(y)) )
    /// ```
    public func maxParameters(budget: USD, _ scenario: ProjectionScenario, year: Int) -> Parameters {
        let k = flopPerParameter(scenario, year: year)
        let experts = experts(scenario, year: year)
        return Parameters((budget.value * experts / (k * dollarsPerFLOP(year: year))).squareRoot())
    }

    /// Annualized growth factor of the training FLOP between two years: `(C(y1)/C(y0))^(1/(y1−y0))`.
    public func computeGrowth(_ scenario: ProjectionScenario, from y0: Int, to y1: Int) -> Double {
        precondition(y1 > y0, "computeGrowth needs y1 > y0")
        return pow(compute(scenario, year: y1) / compute(scenario, year: y0), 1 / Double(y1 - y0))
    }

    /// One row of the projection.
    public func point(_ scenario: ProjectionScenario, year: Int) -> ProjectionPoint {
        ProjectionPoint(
            year: year, scenario: scenario, parameters: parameters(year: year),
            experts: experts(scenario, year: year),
            flopPerParameter: flopPerParameter(scenario, year: year),
            compute: compute(scenario, year: year), dollarsPerFLOP: dollarsPerFLOP(year: year),
            gpuCost: gpuCost(scenario, year: year), cloudCost: cloudCost(scenario, year: year),
            gpuHours: gpuHours(scenario, year: year))
    }
}

/// The frontier model of one scenario in one year.
public struct ProjectionPoint: Sendable, Hashable {
    public var year: Int
    public var scenario: ProjectionScenario
    public var parameters: Parameters
    /// Sparsely activated partitions K (1 = dense).
    public var experts: Double
    /// FLOP per parameter "with tokens" (k).
    public var flopPerParameter: Double
    public var compute: FLOP
    /// GPU dollars per FLOP in that year.
    public var dollarsPerFLOP: Double
    public var gpuCost: USD
    public var cloudCost: USD
    public var gpuHours: Double
}
