/// A dimension whose amounts can be typed by people: a number, optional whitespace, and a unit.
///
/// Each conforming dimension lists the unit spellings it accepts and what one of each is worth in
/// base units. A bare number is read in ``bareUnit``, which is named in every error and `--help`.
public protocol ParsableDimension: Dimension {
    /// Accepted unit spellings → multiplier to the base unit. Matching is exact first, then
    /// case-insensitive for spellings listed in ``caseInsensitiveUnits``.
    static var units: [String: Double] { get }
    /// The unit a bare number is read in (a key of ``units``, or `""` for the base unit).
    static var bareUnit: String { get }
    /// A short description of what may be typed, used in error messages.
    static var examples: String { get }
}

/// SI count prefixes used for counts (parameters, tokens, dollars): k, M, B/G (billion), T, P.
let countSuffixes: [String: Double] = [
    "": 1, "k": 1e3, "K": 1e3, "M": 1e6, "B": 1e9, "G": 1e9, "T": 1e12, "P": 1e15,
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
]

private func withPrefixes(_ symbol: String, _ prefixes: [String: Double]) -> [String: Double] {
    var table: [String: Double] = [:]
    for (p, m) in prefixes { table[p + symbol] = m }
    return table
}
private let siPrefixes: [String: Double] = [
    "": 1, "k": 1e3, "K": 1e3, "M": 1e6, "G": 1e9, "T": 1e12, "P": 1e15, "E": 1e18, "Z": 1e21, "Y": 1e24,
]
private let iecPrefixes: [String: Double] = [
    "Ki": 1024, "Mi": 1_048_576, "Gi": 1_073_741_824, "Ti": 1_099_511_627_776, "Pi": 1_125_899_906_842_624,
]

extension Dimensions.ParameterCount: ParsableDimension {
    public static let units = countSuffixes.merging(["params": 1, "parameters": 1]) { a, _ in a }
    public static let bareUnit = ""
    public static let examples = "a count such as 175B, 1.8T, 7e9 or 70000000000"
}
extension Dimensions.TokenCount: ParsableDimension {
    public static let units = countSuffixes.merging(["tokens": 1]) { a, _ in a }
    public static let bareUnit = ""
    public static let examples = "a count such as 300B, 15T or 2e12"
}
extension Dimensions.Compute: ParsableDimension {
    public static let units = withPrefixes("FLOP", siPrefixes).merging(countSuffixes) { a, _ in a }
    public static let bareUnit = "FLOP"
    public static let examples = "FLOP such as 3.14e23, 1.2e26 FLOP or 314 ZFLOP"
}
extension Dimensions.ComputeRate: ParsableDimension {
    public static let units = withPrefixes("FLOP/s", siPrefixes)
        .merging(withPrefixes("FLOPS", siPrefixes)) { a, _ in a }
        .merging(withPrefixes("FLOP/S", siPrefixes)) { a, _ in a }
    public static let bareUnit = "TFLOP/s"
    public static let examples = "a rate such as 989 TFLOP/s, 1.98 PFLOP/s or 312 (read as TFLOP/s)"
}
extension Dimensions.Information: ParsableDimension {
    public static let units = withPrefixes("B", siPrefixes).merging(withPrefixes("B", iecPrefixes)) { a, _ in a }
    public static let bareUnit = "GB"
    public static let examples = "a size such as 80GB (SI, 10^9 B), 80 GiB (IEC, 2^30 B) or 141 (read as GB)"
}
extension Dimensions.Bandwidth: ParsableDimension {
    public static let units: [String: Double] = {
        var t = withPrefixes("B/s", siPrefixes).merging(withPrefixes("B/s", iecPrefixes)) { a, _ in a }
        // Network links are quoted in bits per second: 1 bit = 1/8 byte.
        for (p, m) in siPrefixes {
            t[p + "b/s"] = m / 8
            t[p + "bps"] = m / 8
            t[p + "bit/s"] = m / 8
        }
        return t
    }()
    public static let bareUnit = "GB/s"
    public static let examples = "a bandwidth such as 3.35TB/s, 900 GB/s, 400 Gb/s (bits) or 500 (read as GB/s)"
}
extension Dimensions.Time: ParsableDimension {
    public static let units: [String: Double] = [
        "s": 1, "sec": 1, "second": 1, "seconds": 1, "ms": 1e-3,
        "min": 60, "minute": 60, "minutes": 60,
        "h": 3600, "hr": 3600, "hrs": 3600, "hour": 3600, "hours": 3600,
        "d": 86_400, "day": 86_400, "days": 86_400,
        "y": UnitScale.secondsPerYear, "yr": UnitScale.secondsPerYear, "year": UnitScale.secondsPerYear,
        "years": UnitScale.secondsPerYear,
    ]
    public static let bareUnit = "s"
    public static let examples = "a duration such as 40s, 2h, 54 days or 3y"
}
extension Dimensions.Money: ParsableDimension {
    public static let units = countSuffixes.merging(["USD": 1, "$": 1, "kUSD": 1e3, "MUSD": 1e6]) { a, _ in a }
    public static let bareUnit = ""
    public static let examples = "an amount in US dollars such as 30000, $25k or 4.6M"
}
extension Dimensions.MoneyRate: ParsableDimension {
    public static let units: [String: Double] = [
        "/h": 1.0 / 3600, "/hr": 1.0 / 3600, "/hour": 1.0 / 3600, "USD/h": 1.0 / 3600, "/s": 1,
    ]
    public static let bareUnit = "/h"
    public static let examples = "a rate in US dollars per hour such as 2.5, $2.5/h or 3.29/hr"
}
extension Dimensions.Power: ParsableDimension {
    public static let units = withPrefixes("W", siPrefixes)
    public static let bareUnit = "W"
    public static let examples = "a power such as 700W, 1.2 kW or 30 MW"
}
extension Dimensions.Energy: ParsableDimension {
    public static let units = withPrefixes("J", siPrefixes).merging(
        withPrefixes("Wh", siPrefixes).mapValues { $0 * 3600 }
    ) { a, _ in a }
    public static let bareUnit = "kWh"
    public static let examples = "an energy such as 1.3 GWh, 500 kWh or 3.6e9 J"
}
extension Dimensions.EnergyPrice: ParsableDimension {
    public static let units: [String: Double] = ["/kWh": 1 / 3.6e6, "USD/kWh": 1 / 3.6e6, "/MWh": 1 / 3.6e9, "/J": 1]
    public static let bareUnit = "/kWh"
    public static let examples = "a tariff in US dollars per kWh such as 0.08 or $0.12/kWh"
}
extension Dimensions.CarbonIntensity: ParsableDimension {
    public static let units: [String: Double] = ["kg/kWh": 1 / 3.6e6, "g/kWh": 1e-3 / 3.6e6, "t/MWh": 1 / 3.6e6]
    public static let bareUnit = "kg/kWh"
    public static let examples = "a grid intensity such as 0.39 (kg CO2e/kWh) or 390 g/kWh"
}
extension Dimensions.Mass: ParsableDimension {
    public static let units: [String: Double] = ["kg": 1, "t": 1000, "g": 1e-3]
    public static let bareUnit = "kg"
    public static let examples = "a mass such as 500 kg or 2.5 t"
}
