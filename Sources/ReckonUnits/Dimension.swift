/// A kind of quantity: what a ``Quantity`` measures, named by its base unit.
public protocol Dimension: Sendable {
    /// The symbol of the base unit in which ``Quantity/value`` is stored.
    static var baseSymbol: String { get }
}

/// The dimensions Reckon reasons in. Each is an uninhabited marker type.
public enum Dimensions {
    /// Floating-point operations (a count). Base unit: FLOP.
    public enum Compute: Dimension { public static let baseSymbol = "FLOP" }
    /// Floating-point operations per second. Base unit: FLOP/s.
    public enum ComputeRate: Dimension { public static let baseSymbol = "FLOP/s" }
    /// Information. Base unit: byte (B).
    public enum Information: Dimension { public static let baseSymbol = "B" }
    /// Information per unit time. Base unit: byte per second (B/s).
    public enum Bandwidth: Dimension { public static let baseSymbol = "B/s" }
    /// Time. Base unit: second (s).
    public enum Time: Dimension { public static let baseSymbol = "s" }
    /// Money. Base unit: US dollar (USD).
    public enum Money: Dimension { public static let baseSymbol = "USD" }
    /// Money per unit time (a rental rate). Base unit: USD per second.
    public enum MoneyRate: Dimension { public static let baseSymbol = "USD/s" }
    /// Power. Base unit: watt (W).
    public enum Power: Dimension { public static let baseSymbol = "W" }
    /// Energy. Base unit: joule (J).
    public enum Energy: Dimension { public static let baseSymbol = "J" }
    /// Price of energy. Base unit: USD per joule.
    public enum EnergyPrice: Dimension { public static let baseSymbol = "USD/J" }
    /// Tokens of text (a count). Base unit: token.
    public enum TokenCount: Dimension { public static let baseSymbol = "tokens" }
    /// Model parameters (a count). Base unit: parameter.
    public enum ParameterCount: Dimension { public static let baseSymbol = "params" }
    /// Mass (of CO₂-equivalent emissions). Base unit: kilogram (kg).
    public enum Mass: Dimension { public static let baseSymbol = "kg" }
    /// Emissions per unit energy (grid carbon intensity). Base unit: kg CO₂e per joule.
    public enum CarbonIntensity: Dimension { public static let baseSymbol = "kg/J" }
    /// Compute per token (e.g. 2·N FLOP per decoded token). Base unit: FLOP/token.
    public enum ComputePerToken: Dimension { public static let baseSymbol = "FLOP/token" }
    /// Tokens per unit time (throughput). Base unit: token/s.
    public enum TokenRate: Dimension { public static let baseSymbol = "tokens/s" }
}

public typealias FLOP = Quantity<Dimensions.Compute>
public typealias FLOPPerSecond = Quantity<Dimensions.ComputeRate>
public typealias Bytes = Quantity<Dimensions.Information>
public typealias BytesPerSecond = Quantity<Dimensions.Bandwidth>
public typealias Seconds = Quantity<Dimensions.Time>
public typealias USD = Quantity<Dimensions.Money>
public typealias USDPerSecond = Quantity<Dimensions.MoneyRate>
public typealias Watts = Quantity<Dimensions.Power>
public typealias Joules = Quantity<Dimensions.Energy>
public typealias USDPerJoule = Quantity<Dimensions.EnergyPrice>
public typealias Tokens = Quantity<Dimensions.TokenCount>
public typealias Parameters = Quantity<Dimensions.ParameterCount>
public typealias Kilograms = Quantity<Dimensions.Mass>
public typealias KilogramsPerJoule = Quantity<Dimensions.CarbonIntensity>
public typealias FLOPPerToken = Quantity<Dimensions.ComputePerToken>
public typealias TokensPerSecond = Quantity<Dimensions.TokenRate>
