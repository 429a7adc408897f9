import Foundation

/// The series of the paper's Fig. 6 ("Growth rate of GPU performance, model size and training computational
/// costs (base in 2010)").
public enum GrowthSeries: String, Sendable, Hashable, Codable, CaseIterable {
    case gpuPerformance = "gpu-performance"
    case supercomputers = "supercomputers"
    case modelSize = "model-size"
    case trainingCompute = "training-compute"

    public var title: String {
        switch self {
        case .gpuPerformance: "GPU performance"
        case .supercomputers: "Leading supercomputers"
        case .modelSize: "Model size (parameters)"
        case .trainingCompute: "Training FLOP"
        }
    }
}

/// Constants of the Fig. 6 growth index, each with its source.
public struct GrowthIndexConstants: Sendable, Hashable, Codable {
    /// Index base year, 2010 (Fig. 6 caption "base in 2010").
    public var baseYear: Int
    /// GPU performance growth per year, ×1.69 (Sec. 2.1: "improved GPU performance (~69% per year)").
    public var gpuPerformanceGrowth: Double
    /// Leading-supercomputer performance growth per year, ×1.78 (Sec. 2.1: "leading supercomputing systems (~78% per
    /// year)").
    public var supercomputerGrowth: Double
    /// First year of the "Large Model Era", 2018 (Sec. 2.1: "Before 2018, which marks the beginning of the
    /// 'Large Model Era' ... the industry was able to deliver increased performance to keep up").
    public var largeModelEraStart: Int
    /// Growth per year of model size and training FLOP before `largeModelEraStart`. The paper gives no number;
    /// this implementation assumes they grew with the leading supercomputers (×1.78), i.e. the curves overlap
    /// until 2018, which is what "keep up with computational demands" says.
    public var preEraGrowth: Double

    public init(
        baseYear: Int = 2010, gpuPerformanceGrowth: Double = 1.69, supercomputerGrowth: Double = 1.78,
        largeModelEraStart: Int = 2018, preEraGrowth: Double = 1.78
    ) {
        self.baseYear = baseYear
        self.gpuPerformanceGrowth = gpuPerformanceGrowth
        self.supercomputerGrowth = supercomputerGrowth
        self.largeModelEraStart = largeModelEraStart
        self.preEraGrowth = preEraGrowth
    }

    /// The paper's values.
    public static let paper = GrowthIndexConstants()
}

/// Fig. 6 as numbers: each series as an index with the base year = 1.
///
/// ```
/// GPU(y)   = 1.69^(y − 2010)
/// HPC(y)   = 1.78^(y − 2010)
/// P(y)     = a^(min(y, 2018) − 2010) · g^(max(0, y − 2018))                      g = 2.8 (trend model)
/// C(y)     = a^(min(y, 2018) − 2010) · Π_{t=2019..y} g² · K(t−1)/K(t) · k(t)/k(t−1)
/// ```
/// - `a`: pre-2018 growth (assumed = supercomputers, 1.78/yr); `g`: parameter growth of the trend model;
///   `K`, `k`: the best-guess experts and FLOP per parameter of the ``TrendModel`` (so C grows as P²/K:
///   ×6.2/yr on average 2023→2028, "greater than 500% per year", Sec. 2.1).
public struct GrowthIndex: Sendable, Hashable {
    public var constants: GrowthIndexConstants
    public var trend: TrendModel

    public init(constants: GrowthIndexConstants = .paper, trend: TrendModel) {
        self.constants = constants
        self.trend = trend
    }

    /// Index of `series` in `year` (base year = 1).
    public func index(_ series: GrowthSeries, year: Int) -> Double {
        let c = constants
        let dt = Double(year - c.baseYear)
        switch series {
        case .gpuPerformance: return pow(c.gpuPerformanceGrowth, dt)
        case .supercomputers: return pow(c.supercomputerGrowth, dt)
        case .modelSize, .trainingCompute:
            let pre = pow(c.preEraGrowth, Double(min(year, c.largeModelEraStart) - c.baseYear))
            guard year > c.largeModelEraStart else { return pre }
            if series == .modelSize {
                return pre * pow(trend.constants.parameterGrowth, Double(year - c.largeModelEraStart))
            }
            var value = pre
            for t in (c.largeModelEraStart + 1)...year { value *= computeGrowth(year: t) }
            return value
        }
    }

    /// Growth factor of training FLOP from `year − 1` to `year` in the large-model era:
    /// `g² · K(y−1)/K(y) · k(y)/k(y−1)` on the trend model's best-guess path.
    public func computeGrowth(year: Int) -> Double {
        let g = trend.constants.parameterGrowth
        let kRatio = trend.flopPerParameter(.bestGuess, year: year) / trend.flopPerParameter(.bestGuess, year: year - 1)
        return g * g * trend.experts(.bestGuess, year: year - 1) / trend.experts(.bestGuess, year: year) * kRatio
    }

    /// Annualized growth of a series between two years.
    public func annualGrowth(_ series: GrowthSeries, from y0: Int, to y1: Int) -> Double {
        precondition(y1 > y0, "annualGrowth needs y1 > y0")
        return pow(index(series, year: y1) / index(series, year: y0), 1 / Double(y1 - y0))
    }
}
