import Testing

extension Comment {
    /// Joins two parts of a failure message, so that a long message can be written as `"…" + "…"` within 120 columns.
    static func + (lhs: Comment, rhs: Comment) -> Comment { Comment(rawValue: lhs.rawValue + rhs.rawValue) }
}
