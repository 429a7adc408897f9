/// How a result is written.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// Aligned tables and sentences for a terminal.
    case text
    /// Stable snake_case JSON with units in the field names.
    case json
    /// Comma-separated values with a header row.
    case csv
    /// GitHub-flavoured Markdown tables.
    case markdown
}
