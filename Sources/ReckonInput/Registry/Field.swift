import ReckonCore
import ReckonUnits

/// One input field, defined once: its key, what it means, how a value is read, and what is allowed.
///
/// Everything else derives from this definition: the CLI option `--key-with-dashes` (generated options in
/// `ReckonCLI`), the scenario-file and API key `key_with_underscores`, the checks every value passes wherever it
/// enters (``CommandInputs/validate(_:)``), the OpenAPI schema, the web form and the catalog checks (through
/// ``SpecBounds``). A value is always quoted back as the user typed it.
public struct Field: Sendable {
    /// snake_case key; the flag is the same words with dashes.
    public let key: String
    /// A short label for forms and tables.
    public let label: String
    /// One line of help (what the field means; a command adds its default).
    public let help: String
    public let kind: FieldKind
    /// Allowed values, in the unit a bare number is read in (nil: any value the kind can read).
    public let bounds: FieldBounds?
    /// True when the field may be given as a distribution (`0.35..0.55`, `normal(…)`) for Monte Carlo.
    public let distribution: Bool
    public let group: FieldGroup

    public init(
        _ key: String, _ label: String, _ kind: FieldKind, bounds: FieldBounds? = nil,
        distribution: Bool = false, group: FieldGroup, help: String
    ) {
        self.key = key
        self.label = label
        self.help = help
        self.kind = kind
        self.bounds = bounds
        self.distribution = distribution
        self.group = group
    }

    /// The command-line spelling, `--price-per-hour` for `price_per_hour`.
    public var flag: String { "--" + key.replacingOccurrences(of: "_", with: "-") }

    /// The unit of a value, as shown in help, forms and the OpenAPI schema; nil when dimensionless.
    public var unit: String? { kind.unit }
}

/// How a field's value is written and read.
public enum FieldKind: Sendable {
    /// An amount with a unit (`175B`, `$2.5/h`, `80 GB`); a bare number is read in the quantity's bare unit.
    case quantity(QuantityKind)
    /// A real number; `unit` names what it counts (`h`, `years`, `×`), nil when dimensionless.
    case number(unit: String?)
    /// A whole number; count suffixes are read (`16k` = 16,000).
    case integer(unit: String?)
    /// One of these words.
    case choice([String])
    /// A catalog ID.
    case catalogID(CatalogKind)
    /// true or false (`--fused-attention false` on the command line).
    case flag
    /// A switch: true when given (`--no-failures` on the command line; `no_failures: true` in files).
    case toggle
    /// Text in a syntax of its own (`5/100`, `1k...100k`), checked by ``FieldSyntax``.
    case syntax(FieldSyntax)

    public enum CatalogKind: String, Sendable { case model, accelerator }

    public var unit: String? {
        switch self {
        case .quantity(let q): q.unit
        case .number(let u), .integer(let u): u
        case .choice, .catalogID, .flag, .toggle, .syntax: nil
        }
    }

    /// True for kinds whose values are numbers.
    public var isNumeric: Bool {
        switch self {
        case .quantity, .number, .integer: true
        case .choice, .catalogID, .flag, .toggle, .syntax: false
        }
    }

    /// True for whole-number kinds (GPU counts included).
    public var isWholeNumber: Bool {
        switch self {
        case .integer, .syntax(.gpuCounts): true
        default: false
        }
    }

    /// True for kinds a distribution can stand for: numbers, and levers (whose settings may be numbers).
    public var takesNumbers: Bool {
        if case .syntax(.lever) = self { return true }
        return isNumeric
    }
}

/// What a form, the help and the OpenAPI document group fields under.
public enum FieldGroup: String, Sendable, CaseIterable {
    case model, tokens, hardware, plan, economics, failures, workload, serving, trend, spending, levers, sampling
}

/// Dimensions a quantity field can hold, each read with its ``ParsableDimension`` parser.
public enum QuantityKind: Sendable, Hashable {
    case parameters, tokens, flop, flopRate, bytes, bandwidth, dollars, dollarsPerHour, energyPrice, carbonIntensity
    /// A duration; a bare number is read in `bareUnit` (`s`, `h`, `y`).
    case duration(bareUnit: String)

    /// Reads `text` into the dimension's base unit.
    public func read(_ text: String) throws -> Double {
        switch self {
        case .parameters: try Parameters(parsing: text).value
        case .tokens: try Tokens(parsing: text).value
        case .flop: try FLOP(parsing: text).value
        case .flopRate: try FLOPPerSecond(parsing: text).value
        case .bytes: try Bytes(parsing: text).value
        case .bandwidth: try BytesPerSecond(parsing: text).value
        case .dollars: try USD(parsing: text).value
        case .dollarsPerHour: try USDPerSecond(parsing: text).value
        case .energyPrice: try USDPerJoule(parsing: text).value
        case .carbonIntensity: try KilogramsPerJoule(parsing: text).value
        case .duration(let bare): try Seconds(parsing: text, bareUnit: bare).value
        }
    }

    /// Base-unit value of the bare number 1 (1/3600 for $/h).
    public var bareUnitValue: Double { (try? read("1")) ?? 1 }

    /// The unit a bare number is read in.
    public var unit: String? {
        switch self {
        case .parameters, .tokens: nil
        case .flop: "FLOP"
        case .flopRate: "TFLOP/s"
        case .bytes: "GB"
        case .bandwidth: "GB/s"
        case .dollars: "USD"
        case .dollarsPerHour: "USD/h"
        case .energyPrice: "USD/kWh"
        case .carbonIntensity: "kg CO2e/kWh"
        case .duration(let bare): bare
        }
    }

    /// What may be typed, for messages.
    public var examples: String {
        switch self {
        case .parameters: Dimensions.ParameterCount.examples
        case .tokens: Dimensions.TokenCount.examples
        case .flop: Dimensions.Compute.examples
        case .flopRate: Dimensions.ComputeRate.examples
        case .bytes: Dimensions.Information.examples
        case .bandwidth: Dimensions.Bandwidth.examples
        case .dollars: Dimensions.Money.examples
        case .dollarsPerHour: Dimensions.MoneyRate.examples
        case .energyPrice: Dimensions.EnergyPrice.examples
        case .carbonIntensity: Dimensions.CarbonIntensity.examples
        case .duration: Dimensions.Time.examples
        }
    }
}

/// Fields written in a small syntax of their own.
public enum FieldSyntax: String, Sendable {
    /// `K/N`: tolerate K failed groups of N.
    case kOfN
    /// A GPU count (`50k`), a list (`1k,4k,16k`) or a log-spaced range (`1k...100k`).
    case gpuCounts
    /// A roadmap lever: `on`, `off`, a number (and for data formats `fp8`, `mx`, `lns`).
    case lever
    /// A catalog result field name (`cost_usd`).
    case resultField
    /// A Hugging Face `config.json`: a path (CLI, scenario file) or the JSON object itself (scenario file, API).
    case modelConfig
    /// `all`, or catalog accelerator IDs separated by commas (`h100-sxm,b200`).
    case acceleratorList

    public var description: String {
        switch self {
        case .kOfN: "K/N with 1 ≤ K < N, e.g. 5/100"
        case .gpuCounts: "a count (50k), a list (1k,4k,16k) or a range (1k...100k)"
        case .lever: "on, off, or a number"
        case .resultField: "a result field such as cost_usd"
        case .modelConfig: "a path to a Hugging Face config.json, or (in a file or API body) the config object"
        case .acceleratorList: "all, or accelerator IDs separated by commas (h100-sxm,b200)"
        }
    }
}
