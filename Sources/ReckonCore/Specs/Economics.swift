import ReckonUnits

/// Prices and conversion factors that turn accelerator time into dollars, energy and emissions.
///
/// Values come from the catalog's price sheets (with their sources); every one is overridable.
public struct Economics: Sendable, Hashable {
    /// Rental price per accelerator-hour (cloud or colocation contract); nil when none is known, and then
    /// rental cost is not computed (never filled with a guess).
    public var rentalPrice: USDPerSecond?
    /// Purchase price of one accelerator (with its share of the server), for ownership cost.
    public var purchasePrice: USD?
    /// Straight-line amortization life of purchased hardware.
    public var amortizationLife: Seconds
    /// Power usage effectiveness: facility power ÷ IT power (≥ 1).
    public var pue: Double
    /// Electricity tariff.
    public var electricityPrice: USDPerJoule
    /// Grid carbon intensity (kg CO₂e per unit energy).
    public var gridIntensity: KilogramsPerJoule
    /// Average draw of one accelerator as a fraction of its TDP while training.
    public var powerFractionOfTDP: Double

    public init(
        rentalPrice: USDPerSecond?, purchasePrice: USD? = nil, amortizationLife: Seconds,
        pue: Double, electricityPrice: USDPerJoule, gridIntensity: KilogramsPerJoule,
        powerFractionOfTDP: Double = 1
    ) {
        self.rentalPrice = rentalPrice
        self.purchasePrice = purchasePrice
        self.amortizationLife = amortizationLife
        self.pue = pue
        self.electricityPrice = electricityPrice
        self.gridIntensity = gridIntensity
        self.powerFractionOfTDP = powerFractionOfTDP
    }
}
