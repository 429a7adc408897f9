/// An input that Reckon chose for the user, or a modelling choice worth stating, with its source.
public struct Assumption: Sendable, Hashable {
    public var key: String
    public var value: String
    public var source: String
    public init(_ key: String, _ value: String, source: String) {
        self.key = key
        self.value = value
        self.source = source
    }
}
