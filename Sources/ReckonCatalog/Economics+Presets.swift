import ReckonCore
import ReckonUnits

/// Default economic assumptions, each with its source. Every one can be overridden by a flag or a file key.
public enum EconomicsPresets {
    /// The paper's Cpgh, "calibrated on dedicated A100 cloud instances": the rental price of the paper's own
    /// presets (Table 3, `reckon scale`), not a fallback for accelerators without a catalog price — those get no
    /// rental price, so their rental cost is not computed unless the user gives one.
    public static let paperRentalPerHour = 2.5
    public static let paperRentalSource = "Faraboschi et al. 2024, Table 3 (Cpgh = $2.5 per GPU-hour)"

    /// Power usage effectiveness of the data center hosting GPT-3's training (Microsoft), as used by
    /// Patterson et al. 2021, Table 4. Hyperscale facilities report 1.1–1.2; the industry average is ~1.5–1.6.
    public static let pue = 1.1
    public static let pueSource =
        "Patterson et al. 2021, Carbon Emissions and Large Neural Network Training, arXiv:2104.10350, Table 4 (GPT-3: "
        + "PUE 1.1)"

    /// Grid intensity of GPT-3's training, Patterson et al. 2021, Table 4: 0.429 kg CO₂e/kWh.
    public static let gridKgPerKWh = 0.429
    public static let gridSource = "Patterson et al. 2021, arXiv:2104.10350, Table 4 (GPT-3: 0.429 kg CO2e/kWh)"

    /// Electricity tariff: US average industrial price, about 8 cents per kWh in 2023.
    public static let electricityPerKWh = 0.08
    public static let electricitySource =
        "US EIA Electric Power Monthly, average retail price to industrial customers 2023 (≈8.0 ¢/kWh)"

    /// Straight-line life for purchased accelerators. An assumption: servers are commonly depreciated
    /// over 4–6 years; a shorter life reflects the pace of accelerator generations.
    public static let amortizationYears = 4.0
    public static let amortizationSource =
        "assumption: 4-year straight-line depreciation (hyperscalers book 5–6 years for servers)"

    /// Average draw while training as a fraction of TDP. An assumption: large training jobs run close to the board
    /// limit.
    public static let powerFractionOfTDP = 1.0
    public static let powerFractionSource =
        "assumption: accelerators draw their full TDP while training (an upper bound)"

    /// Economics for `accelerator` with the defaults above and the catalog entry's rental price, nil when the
    /// entry has none (missing data is said, not filled).
    public static func defaults(for accelerator: AcceleratorSpec) -> Economics {
        Economics(
            rentalPrice: accelerator.cloudPrice,
            purchasePrice: accelerator.purchasePrice, amortizationLife: .years(amortizationYears), pue: pue,
            electricityPrice: .dollarsPerKilowattHour(electricityPerKWh),
            gridIntensity: .kilogramsPerKilowattHour(gridKgPerKWh), powerFractionOfTDP: powerFractionOfTDP)
    }
}
