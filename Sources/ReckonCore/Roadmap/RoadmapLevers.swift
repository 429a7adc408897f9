/// The seven levers of Table 2 with their defaults, in the table's order.
public struct RoadmapLevers: Sendable {
    public var levers: [Lever]

    public init(levers: [Lever]) { self.levers = levers }

    /// The seven levers with their documented defaults.
    /// - Parameters:
    ///   - gpus: system size at which the distributed-systems gain is evaluated (the paper's 50k).
    /// - gainModel: the source of that gain (`reckon roadmap` passes the reliability model; the default is the paper's
    /// constant ~2x).
    ///   - baselineTokensPerParameter: the baseline recipe's tokens per parameter (Chinchilla 20).
    ///   - parameters: the dense baseline model the partitioned one must match (the paper's 1.8T).
    ///   - moeLaw: what K experts are worth at equal quality (nil: the paper's 1/K).
    public static func defaults(
        gpus: Int = 50_000,
        gainModel: any SupercomputingGainModel = PaperStatedSupercomputingGain(),
        baselineTokensPerParameter: Double = 20, parameters: Double = 1.8e12,
        moeLaw: RoutedScalingLaw? = .clark2022
    ) -> RoadmapLevers {
        RoadmapLevers(levers: [
            .distributedSystems(gpus: gpus, gainModel: gainModel),
            .dataReduction(baselineTokensPerParameter: baselineTokensPerParameter),
            .modelPartitioning(law: moeLaw, parameters: parameters),
            .trainingAlgorithms(),
            .dataFormats(),
            .efficientHardware(),
            .competitiveAccelerators(),
        ])
    }

    /// The lever with `id`.
    public subscript(id: LeverID) -> Lever? { levers.first { $0.id == id } }

    /// Applies a user setting to one lever (throws ``InputError`` for a value out of range).
    public mutating func apply(_ setting: LeverSetting, to id: LeverID) throws {
        guard let i = levers.firstIndex(where: { $0.id == id }) else { return }
        levers[i] = try levers[i].setting(setting)
    }

    /// Product of the factors of the levers that are on.
    public var combinedFactor: Double { levers.reduce(1) { $0 * $1.effectiveFactor } }
}
