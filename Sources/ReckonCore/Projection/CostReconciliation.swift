import ReckonUnits

/// From a bottom-up rental bill to the paper's "GPU cost" and "cloud cost" of the same run, one stated input at a time,
/// so the paper's cloud ÷ GPU ratio (4.8, Sec. 2.1) is an output of what each figure counts.
///
/// ```
/// C_b      = 6 · N_active · D                      bottom-up training FLOP (Kaplan et al. 2020)
/// C_p      = k · P² / K                            the paper's accounting (trend model A1; k = 40, framework.md §2)
/// H_peak   = C_p / (F · 3600)                      accelerator-hours if every FLOP ran at peak F
/// a        = price / (life · 8760 h)               amortised purchase per accelerator-hour (straight line)
/// GPU      = H_peak · a                            "GPU cost": hardware owned, fully utilised
/// cloud    = H_peak / u · r                        "cloud cost": hardware rented at r, utilisation u (MFU)
/// cloud / GPU = (r / a) / u                        margin of renting over owning, ÷ utilisation
/// rental_b = C_b / (F · u · 3600) · r              bottom-up rental bill (`reckon train` without failures)
/// ```
/// - `F`: dense BF16 peak; `u`: model FLOP utilisation; `r`: rental price per accelerator-hour; `price`, `life`:
///   purchase price and amortisation life of one accelerator. Each comes from the catalog or a stated default.
///
/// Energy, networking, staff and failures are left out on both sides, as the paper's two figures leave them out.
public struct CostReconciliation: Sendable, Hashable {
    public var label: String
    public var year: Int
    public var acceleratorName: String
    public var bottomUpCompute: FLOP
    public var paperCompute: FLOP
    public var peak: FLOPPerSecond
    public var purchasePrice: USD
    public var life: Seconds
    public var rentalPrice: USDPerSecond
    public var utilization: Double
    /// The paper's figures for this run, for comparison (nil when it gives none).
    public var paperGPUCost: USD?
    public var paperCloudCost: USD?

    public init(
        label: String, year: Int, acceleratorName: String, bottomUpCompute: FLOP, paperCompute: FLOP,
        peak: FLOPPerSecond, purchasePrice: USD, life: Seconds, rentalPrice: USDPerSecond, utilization: Double,
        paperGPUCost: USD? = nil, paperCloudCost: USD? = nil
    ) throws {
        try Check.positive(bottomUpCompute.value, "compute")
        try Check.positive(paperCompute.value, "compute")
        try Check.positive(peak.value, "peak")
        try Check.positive(purchasePrice.value, "purchase_price")
        try Check.positive(life.value, "amortization_years")
        try Check.positive(rentalPrice.value, "price_per_hour")
        try Check.fraction(utilization, "mfu")
        self.label = label
        self.year = year
        self.acceleratorName = acceleratorName
        self.bottomUpCompute = bottomUpCompute
        self.paperCompute = paperCompute
        self.peak = peak
        self.purchasePrice = purchasePrice
        self.life = life
        self.rentalPrice = rentalPrice
        self.utilization = utilization
        self.paperGPUCost = paperGPUCost
        self.paperCloudCost = paperCloudCost
    }

    /// `H_peak`: accelerator-hours of the paper's compute at peak.
    public var hoursAtPeak: Double { (paperCompute / peak).inHours }
    /// `a`: amortised purchase per accelerator-hour.
    public var amortizedPerHour: USD { purchasePrice / life.inHours }
    /// "GPU cost": `H_peak · a`.
    public var gpuCost: USD { amortizedPerHour * hoursAtPeak }
    /// "Cloud cost": `H_peak / u · r`.
    public var cloudCost: USD { USD(hoursAtPeak / utilization * rentalPrice.inDollarsPerHour) }
    /// `r / a`: what renting costs over owning, per accelerator-hour.
    public var rentalMarkup: Double { rentalPrice.inDollarsPerHour / amortizedPerHour.value }
    /// `cloud / GPU = (r / a) / u`: the paper's 4.8, derived.
    public var cloudToGPURatio: Double { rentalMarkup / utilization }
    /// Bottom-up rental bill: `C_b / (F · u) · r`.
    public var bottomUpRental: USD {
        USD((bottomUpCompute / peak).inHours / utilization * rentalPrice.inDollarsPerHour)
    }
    /// `C_p / C_b`: how the paper's accounting compares with 6·N·D.
    public var computeRatio: Double { paperCompute / bottomUpCompute }
}
