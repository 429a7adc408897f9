import ReckonUnits

/// One kind of interruption behind a failure preset, as a rate per GPU-hour of the job.
///
/// ```
/// r_i = n_i / E          E = N_obs · t_obs   (GPU-hours of exposure)
/// ```
/// - `n_i`: interruptions of this kind counted in the source; `E`: GPU-hours observed, h
/// - `r_i`: interruptions per GPU-hour, 1/h (for a datasheet MTBF: `1 / (g · MTBF)`, `g` GPUs sharing the part)
///
/// A preset's job failure rate is `λ(N) = N · Σ r_i`. Components are what ``FailureModel/components`` lists so a
/// reader can see (and a test can add up) where a preset's rate comes from.
public struct FailureComponent: Sendable, Hashable {
    /// Which part of the system the interruption is blamed on (Llama 3 Table 5's "component" column).
    public enum Category: String, Sendable, Hashable, CaseIterable {
        case gpu, host, network, software, maintenance, unknown, allCauses = "all-causes"

        /// Whether the source counts this category as (confirmed or suspected) hardware.
        public var isHardware: Bool { self == .gpu || self == .host || self == .network }
    }

    /// The root cause as the source names it, e.g. "Faulty GPU".
    public var name: String
    public var category: Category
    /// Interruptions per GPU-hour of the job, 1/h.
    public var ratePerGPUHour: Double
    /// Interruptions counted in the source (`nil` for a datasheet MTBF).
    public var observedCount: Double?
    public var source: String

    /// Throws an ``InputError`` on a rate that is not a finite number > 0 (field `failure_rate`).
    public init(
        name: String, category: Category, ratePerGPUHour: Double, observedCount: Double? = nil,
        source: String
    ) throws {
        try Check.positive(ratePerGPUHour, "failure_rate")
        self.init(
            unchecked: name, category: category, ratePerGPUHour: ratePerGPUHour, observedCount: observedCount,
            source: source)
    }

    /// A component from an event count over an exposure: `r = count / exposureGPUHours`.
    public static func counted(
        _ name: String, _ category: Category, count: Double, exposureGPUHours: Double,
        source: String
    ) -> FailureComponent {
        FailureComponent(
            unchecked: name, category: category, ratePerGPUHour: count / exposureGPUHours,
            observedCount: count, source: source)
    }

    /// A component from a datasheet MTBF of a part shared by `sharedBy` GPUs: `r = 1 / (g · MTBF)`.
    public static func mtbf(
        _ name: String, _ category: Category, hours: Double, sharedBy g: Double = 1,
        source: String
    ) -> FailureComponent {
        FailureComponent(unchecked: name, category: category, ratePerGPUHour: 1 / (g * hours), source: source)
    }

    init(
        unchecked name: String, category: Category, ratePerGPUHour: Double, observedCount: Double? = nil,
        source: String
    ) {
        self.name = name
        self.category = category
        self.ratePerGPUHour = ratePerGPUHour
        self.observedCount = observedCount
        self.source = source
    }

    /// Mean GPU-hours between interruptions of this kind: `1 / r`.
    public var mtbfGPUHours: Double { 1 / ratePerGPUHour }
}
