import ReckonCore

/// What ``ModelConfigReader`` made of a Hugging Face `config.json`: the model, its parameter count by part,
/// and an account of every key — read, assumed (absent from the file, with the value used and why) or
/// ignored (present but not used).
public struct ModelConfigReading: Sendable {
    /// One key that was read, with its value as written in the file and what it became.
    public struct Read: Sendable, Hashable {
        /// Key path in the file (`text_config.hidden_size`).
        public var key: String
        /// Value as written.
        public var value: String
        /// What Reckon used it for (`hidden`, `context`, …).
        public var meaning: String
    }

    /// One value Reckon used that the file does not state, and why.
    public struct Assumed: Sendable, Hashable {
        public var key: String
        public var value: String
        public var reason: String
    }

    /// The model, with the shape read and the parameters counted from it.
    public var spec: ModelSpec
    /// Parameters by part (``ModelParameterCount``); `spec.totalParameters` and `spec.activeParameters` are
    /// its `total` and `active`.
    public var count: ModelParameterCount
    /// The `architectures` entry used.
    public var architecture: String
    /// Where the file came from (path, or the name given for an inline object).
    public var file: String
    public var read: [Read]
    public var assumed: [Assumed]
    /// Keys present in the file and not used, sorted (nested keys as `vision_config`, one entry per object).
    public var ignored: [String]
}
