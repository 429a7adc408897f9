// Named constructors and read-outs: the only places where a unit other than the base unit appears.
// Decimal (SI) prefixes are powers of 1000; binary (IEC) prefixes are powers of 1024 and are
// spelled with an "i" (GiB, TiB). They are never mixed up: `gigabytes` is 1e9 B, `gibibytes` 2^30 B.

public enum UnitScale {
    public static let kilo = 1e3, mega = 1e6, giga = 1e9, tera = 1e12, peta = 1e15, exa = 1e18
    public static let kibi = 1024.0, mebi = 1_048_576.0, gibi = 1_073_741_824.0, tebi = 1_099_511_627_776.0
    public static let secondsPerMinute = 60.0, secondsPerHour = 3600.0, secondsPerDay = 86_400.0
    /// Julian year (365.25 days), the convention for "per year" rates in this package.
    public static let secondsPerYear = 365.25 * 86_400.0
    public static let joulesPerKilowattHour = 3.6e6
}

extension Quantity where D == Dimensions.Time {
    @inlinable public static func seconds(_ v: Double) -> Seconds { Seconds(v) }
    @inlinable public static func minutes(_ v: Double) -> Seconds { Seconds(v * 60) }
    @inlinable public static func hours(_ v: Double) -> Seconds { Seconds(v * 3600) }
    @inlinable public static func days(_ v: Double) -> Seconds { Seconds(v * 86_400) }
    @inlinable public static func years(_ v: Double) -> Seconds { Seconds(v * UnitScale.secondsPerYear) }
    @inlinable public var inSeconds: Double { value }
    @inlinable public var inHours: Double { value / 3600 }
    @inlinable public var inDays: Double { value / 86_400 }
    @inlinable public var inYears: Double { value / UnitScale.secondsPerYear }
}

extension Quantity where D == Dimensions.Information {
    @inlinable public static func bytes(_ v: Double) -> Bytes { Bytes(v) }
    @inlinable public static func gigabytes(_ v: Double) -> Bytes { Bytes(v * 1e9) }
    @inlinable public static func terabytes(_ v: Double) -> Bytes { Bytes(v * 1e12) }
    @inlinable public static func gibibytes(_ v: Double) -> Bytes { Bytes(v * UnitScale.gibi) }
    @inlinable public var inGigabytes: Double { value / 1e9 }
    @inlinable public var inGibibytes: Double { value / UnitScale.gibi }
}

extension Quantity where D == Dimensions.Bandwidth {
    @inlinable public static func gigabytesPerSecond(_ v: Double) -> BytesPerSecond { BytesPerSecond(v * 1e9) }
    @inlinable public static func terabytesPerSecond(_ v: Double) -> BytesPerSecond { BytesPerSecond(v * 1e12) }
    @inlinable public var inGigabytesPerSecond: Double { value / 1e9 }
}

extension Quantity where D == Dimensions.ComputeRate {
    @inlinable public static func teraflops(_ v: Double) -> FLOPPerSecond { FLOPPerSecond(v * 1e12) }
    @inlinable public static func petaflops(_ v: Double) -> FLOPPerSecond { FLOPPerSecond(v * 1e15) }
    @inlinable public var inTeraflops: Double { value / 1e12 }
}

extension Quantity where D == Dimensions.Money {
    @inlinable public static func dollars(_ v: Double) -> USD { USD(v) }
    @inlinable public var inDollars: Double { value }
}

extension Quantity where D == Dimensions.MoneyRate {
    /// A rental rate quoted per hour, e.g. `$2.50` per accelerator-hour.
    @inlinable public static func dollarsPerHour(_ v: Double) -> USDPerSecond { USDPerSecond(v / 3600) }
    @inlinable public var inDollarsPerHour: Double { value * 3600 }
}

extension Quantity where D == Dimensions.Power {
    @inlinable public static func watts(_ v: Double) -> Watts { Watts(v) }
    @inlinable public static func kilowatts(_ v: Double) -> Watts { Watts(v * 1e3) }
    @inlinable public static func megawatts(_ v: Double) -> Watts { Watts(v * 1e6) }
    @inlinable public var inWatts: Double { value }
    @inlinable public var inMegawatts: Double { value / 1e6 }
}

extension Quantity where D == Dimensions.Energy {
    @inlinable public static func kilowattHours(_ v: Double) -> Joules { Joules(v * 3.6e6) }
    @inlinable public var inKilowattHours: Double { value / 3.6e6 }
    @inlinable public var inMegawattHours: Double { value / 3.6e9 }
}

extension Quantity where D == Dimensions.EnergyPrice {
    /// An electricity tariff quoted per kilowatt-hour.
    @inlinable public static func dollarsPerKilowattHour(_ v: Double) -> USDPerJoule { USDPerJoule(v / 3.6e6) }
    @inlinable public var inDollarsPerKilowattHour: Double { value * 3.6e6 }
}

extension Quantity where D == Dimensions.CarbonIntensity {
    /// Grid intensity quoted in kg CO₂e per kilowatt-hour.
    @inlinable public static func kilogramsPerKilowattHour(_ v: Double) -> KilogramsPerJoule {
        KilogramsPerJoule(v / 3.6e6)
    }
    @inlinable public var inKilogramsPerKilowattHour: Double { value * 3.6e6 }
}

extension Quantity where D == Dimensions.Mass {
    @inlinable public static func kilograms(_ v: Double) -> Kilograms { Kilograms(v) }
    @inlinable public var inTonnes: Double { value / 1000 }
}
