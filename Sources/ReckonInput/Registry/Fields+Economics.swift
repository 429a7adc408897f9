import ReckonCore

/// Prices, power and emissions.
extension Field {
    public static let pricePerHour = Field(
        "price_per_hour", "Price per GPU-hour", .quantity(.dollarsPerHour), bounds: SpecBounds.pricePerHour,
        distribution: true, group: .economics, help: "Rental price per accelerator-hour in USD, e.g. 2.5 or $2.5/h.")
    public static let purchasePrice = Field(
        "purchase_price", "Purchase price", .quantity(.dollars), bounds: SpecBounds.purchasePrice,
        distribution: true, group: .economics, help: "Purchase price per accelerator in USD, for ownership cost.")
    public static let amortizationYears = Field(
        "amortization_years", "Amortization", .number(unit: "years"), bounds: .positive(max: 100),
        distribution: true, group: .economics, help: "Amortization life of purchased hardware in years.")
    public static let pue = Field(
        "pue", "PUE", .number(unit: nil), bounds: .closed(1, 5), distribution: true, group: .economics,
        help: "Power usage effectiveness of the facility (1 to 5).")
    public static let electricityPrice = Field(
        "electricity_price", "Electricity price", .quantity(.energyPrice), bounds: .nonNegative(max: 100),
        distribution: true, group: .economics, help: "Electricity price in USD per kWh.")
    public static let gridIntensity = Field(
        "grid_intensity", "Grid intensity", .quantity(.carbonIntensity), bounds: .nonNegative(max: 10),
        distribution: true, group: .economics, help: "Grid intensity in kg CO2e per kWh.")
    public static let powerFraction = Field(
        "power_fraction", "Power fraction", .number(unit: nil), bounds: .fraction, distribution: true,
        group: .economics, help: "Average draw as a fraction of TDP, in (0, 1].")
    public static let utilization = Field(
        "utilization", "Utilization", .number(unit: nil), bounds: .fraction, distribution: true, group: .economics,
        help: "Fraction of paid time the accelerators are busy, in (0, 1].")
}

extension Field {
    public static let priceRange = Field(
        "price_range", "Price range", .toggle, group: .sampling,
        help: "Monte Carlo over the rental price: draw it from the catalog's published price range (cheapest to "
            + "dearest listed offer, taken as a 90% interval).")
}
