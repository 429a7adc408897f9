/// Gross margins of the accelerator vendors in the paper's Fig. 9 (Q1'24), and the band the paper expects.
///
/// Source: Faraboschi et al. 2024, Sec. 3.7 and Fig. 9 (after Jain 2023): "gross profit margins of Nvidia (65%),
/// AMD (44%) and Intel (35%) in Q1'24"; "drive margins down to a historical Semiconductor range around 35%-45%".
public struct GrossMargins: Sendable, Hashable {
    public var nvidia: Double
    public var amd: Double
    public var intel: Double
    /// The historical semiconductor range.
    public var historicalBand: ClosedRange<Double>
    public var source: String

    public init(
        nvidia: Double = 0.65, amd: Double = 0.44, intel: Double = 0.35,
        historicalBand: ClosedRange<Double> = 0.35...0.45,
        source: String = "Faraboschi et al. 2024, Sec. 3.7 / Fig. 9 (Jain 2023): Q1'24 gross margins"
    ) {
        self.nvidia = nvidia
        self.amd = amd
        self.intel = intel
        self.historicalBand = historicalBand
        self.source = source
    }

    public static let figureNine = GrossMargins()

    /// The middle of the historical band, 40%.
    public var bandMidpoint: Double { (historicalBand.lowerBound + historicalBand.upperBound) / 2 }
}

extension Lever {
    /// Competitive accelerators: accelerator margins fall to the semiconductor average.
    ///
    /// ```
    /// price = unit cost / (1 − m)     →     f = (1 − m_0) / (1 − m)
    /// ```
    /// - `m_0`: today's gross margin, 0.65 (Nvidia Q1'24, Fig. 9); `m`: margin with competition, default 0.40
    ///   (middle of the paper's 35–45% band) → f = 0.35/0.60 = 0.583.
    /// Assumes the whole training cost scales with the accelerator price (the paper: "equivalent reductions in
    /// training costs", Sec. 3.7); energy, staff and facility shares would dilute it.
    public static func competitiveAccelerators(margins: GrossMargins = .figureNine, targetMargin: Double? = nil)
        -> Lever
    {
        Lever(
            id: .competitiveAccelerators, parameterName: "accelerator gross margin", parameterUnit: "fraction",
            baseline: margins.nvidia, value: targetMargin ?? margins.bandMidpoint, allowed: 0...0.99,
            source: margins.source + "; target = middle of the 35–45% band")
    }
}
