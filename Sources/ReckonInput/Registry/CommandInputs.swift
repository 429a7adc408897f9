import ReckonCore
import ReckonUnits

/// How one command takes one field: its default (as a person would type it, or in words when computed),
/// whether forms show it first, what it needs beside it, and any narrowing of the field's bounds or choices.
public struct FieldUse: Sendable {
    public let field: Field
    /// The default as typed (`1024`, `h100-sxm`), nil when there is none or it is computed (see `defaultNote`).
    public let defaultValue: String?
    /// The default in words when it is computed ("predicted by the plan model").
    public let defaultNote: String?
    /// The command's own wording of the help line, when the field's does not fit.
    public let helpOverride: String?
    /// Narrower bounds than the field's for this command.
    public let boundsOverride: FieldBounds?
    /// A narrower list than the field's choices for this command.
    public let choicesOverride: [String]?
    /// Shown first in forms and `--help`.
    public let common: Bool
    /// Fields this one is used with; without them it would be ignored, so it is refused.
    public let requires: [Requirement]

    public init(
        _ field: Field, default defaultValue: String? = nil, note: String? = nil, help: String? = nil,
        bounds: FieldBounds? = nil, choices: [String]? = nil, common: Bool = false,
        requires: [Requirement] = []
    ) {
        self.field = field
        self.defaultValue = defaultValue
        self.defaultNote = note
        self.helpOverride = help
        self.boundsOverride = bounds
        self.choicesOverride = choices
        self.common = common
        self.requires = requires
    }

    public var key: String { field.key }
    public var bounds: FieldBounds? { boundsOverride ?? field.bounds }
    public var choices: [String]? {
        if let choicesOverride { return choicesOverride }
        if case .choice(let all) = field.kind { return all }
        return nil
    }

    /// The help line with the default: "Model FLOPs utilization in (0, 1]. Default: 0.40."
    public var help: String {
        var text = helpOverride ?? field.help
        if let d = defaultValue ?? defaultNote { text += " Default: \(d)." }
        return text
    }
}

/// A field that another needs beside it.
public enum Requirement: Sendable, Hashable {
    /// The other field is given.
    case field(String)
    /// The other field is given with one of these values.
    case value(String, [String])
    /// At least one of these fields is given.
    case anyOf([String])

    /// True when `input` satisfies the requirement; an absent field counts with its default in `command`.
    func holds(in input: InputFields, command: CommandInputs) -> Bool {
        switch self {
        case .field(let key): return input.has(key)
        case .anyOf(let keys): return keys.contains { input.has($0) }
        case .value(let key, let values):
            guard let v = input[key]?.description ?? command.use(key)?.defaultValue else { return false }
            return values.contains(v.trimmingWhitespace().lowercased())
        }
    }

    var phrase: String {
        func flag(_ key: String) -> String { "--" + key.replacingOccurrences(of: "_", with: "-") }
        switch self {
        case .field(let key): return "it only together with \(flag(key))"
        case .anyOf(let keys): return "it only together with " + keys.map(flag).joined(separator: " or ")
        case .value(let key, let values): return "it only with \(flag(key)) " + values.joined(separator: "|")
        }
    }
}

/// The fields one command takes, in the order forms and `--help` show them (common ones first).
///
/// To add an input to a command:
/// 1. define the field once, `extension Field { public static let x = Field("x", …) }`, in the `Fields+*.swift`
///    file of its group (kind, unit, bounds, whether it may be a distribution, help);
/// 2. list a ``FieldUse`` for it in the command's `CommandInputs` (default and its source, companions);
/// 3. read it in the command's `*Request.resolve` with the typed reads (`fields.number(.x)`, `fields.integer(.x)`,
///    `fields.choice(.x, E.self)`): the value has already passed ``validate(_:)``;
/// 4. regenerate the CLI options: `RECKON_REGENERATE=1 swift test --filter GeneratedOptionsTests`.
/// The flag, the scenario-file key, the API body key, the OpenAPI schema and the web form follow.
public struct CommandInputs: Sendable {
    public let command: String
    public let uses: [FieldUse]
    /// False for commands that never run Monte Carlo (`plan`): no field may be a distribution.
    public let takesDistributions: Bool
    private let index: [String: Int]

    public init(_ command: String, takesDistributions: Bool = true, _ uses: [FieldUse]) {
        self.command = command
        self.takesDistributions = takesDistributions
        let common = uses.filter(\.common)
        let rest = uses.filter { !$0.common }
        self.uses = common + rest
        var index: [String: Int] = [:]
        for (i, use) in self.uses.enumerated() {
            precondition(index[use.key] == nil, "\(command) lists \(use.key) twice")
            index[use.key] = i
        }
        self.index = index
    }

    public var keys: Set<String> { Set(index.keys) }
    public func use(_ key: String) -> FieldUse? { index[key].map { uses[$0] } }
    public func use(_ field: Field) -> FieldUse? { use(field.key) }

    /// The command's numeric fields that may be distributions, as Monte Carlo reads them.
    public var numericFields: [String: NumericField] {
        var fields: [String: NumericField] = [:]
        for use in uses where use.field.distribution && use.field.kind.takesNumbers {
            fields[use.key] = NumericField(use)
        }
        return fields
    }

    /// The command's fields that are not numbers (IDs, choices, flags), which can never be distributions.
    public var nonNumericKeys: Set<String> {
        Set(uses.filter { !$0.field.kind.takesNumbers }.map(\.key))
    }

    /// Fields whose own syntax contains `..` (a GPU-count range): never distributions.
    public var sweepKeys: Set<String> {
        Set(uses.filter { if case .syntax(.gpuCounts) = $0.field.kind { true } else { false } }.map(\.key))
    }

    /// Checks every field given: a key the command takes, a value of the field's kind inside its bounds (a
    /// distribution only where allowed, its 90% interval inside the bounds), and the fields it needs beside it.
    /// Fields are checked in the command's order, so the first problem reported is always the same.
    public func validate(_ input: InputFields) throws {
        try input.rejectUnknownKeys(allowed: keys, command: command)
        for use in uses {
            guard let value = input[use.key] else { continue }
            try check(use, value, origin: input.origins[use.key])
        }
        for use in uses where input.has(use.key) {
            for requirement in use.requires where !requirement.holds(in: input, command: self) {
                throw InputError(
                    field: use.key, value: Field.shown(input[use.key]!), allowed: requirement.phrase,
                    hint: input.origins[use.key])
            }
        }
    }

    /// Checks one value of `use`.
    func check(_ use: FieldUse, _ value: InputValue, origin: String?) throws {
        let field = use.field
        if case .text(let text) = value, field.kind.takesNumbers, DistributionParser.isDistribution(text) {
            guard takesDistributions, field.distribution else {
                throw field.refusal(
                    value,
                    "a single value (`reckon \(command)` takes no distribution for "
                        + "\(field.key))", origin: origin)
            }
            try field.checkDistribution(text, bounds: use.bounds, origin: origin)
            return
        }
        switch field.kind {
        case .quantity, .number, .integer:
            _ = try field.number(value, bounds: use.bounds, origin: origin)
        case .choice:
            _ = try field.choice(value, choices: use.choices, origin: origin)
        case .flag, .toggle:
            _ = try field.flag(value, origin: origin)
        case .catalogID:
            _ = try field.catalogID(value, origin: origin)
        case .syntax(let syntax):
            try FieldSyntaxCheck.check(syntax, field: field, bounds: use.bounds, value: value, origin: origin)
        }
    }
}

extension NumericField {
    /// The Monte Carlo view of a registry field: read with the field's parser; a lower bound of 0 is hard (a
    /// distribution that can draw past it is refused); every other bound is soft (rare draws are clamped).
    init(_ use: FieldUse) {
        let field = use.field
        let bounds = use.bounds
        let scale = field.bareUnitValue
        var integer = false
        if case .integer = field.kind { integer = true }
        let low = (bounds?.lower).map { $0 * scale } ?? -Double.infinity
        let high = (bounds?.upper).map { $0 * scale } ?? Double.infinity
        let hardZero = bounds?.lower == 0
        self.init(
            key: field.key, read: { try field.readNumber($0) }, bareUnitValue: scale,
            lowest: hardZero ? 0 : -Double.greatestFiniteMagnitude,
            lowestIncluded: bounds?.lowerIncluded ?? true,
            clamp: low <= high ? low...high : nil, integer: integer)
    }
}
