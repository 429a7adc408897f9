import Foundation
import ReckonCore

/// The most work one call may ask for, counted as Monte Carlo values (samples × result columns, every GPU count of
/// a sweep included) — what both the time and the memory of a run grow with — plus an optional deadline.
///
/// The CLI allows ``cli`` (`--max-work` raises it); the server allows ``server`` and a deadline per request. A call
/// past its budget is refused before it starts, naming `samples` and the budget; a call past its deadline stops
/// at the next sample and says so.
public struct WorkBudget: Sendable, Hashable {
    /// Most values (samples × result columns) one call may produce.
    public var maximumValues: Int
    /// Wall-clock time after which a Monte Carlo run stops, if any.
    public var deadline: Date?
    /// Where to raise it, for the message ("--max-work", "use the CLI").
    public var howToRaise: String

    public init(maximumValues: Int, deadline: Date? = nil, howToRaise: String) {
        self.maximumValues = maximumValues
        self.deadline = deadline
        self.howToRaise = howToRaise
    }

    /// 5·10⁷ values: 400 MB of results, about 7·10⁶ samples of `reckon train` (seconds on two cores).
    public static let cli = WorkBudget(maximumValues: 50_000_000, howToRaise: "raise it with --max-work N")
    /// 2·10⁶ values per request (16 MB of results).
    public static func server(seconds: Double) -> WorkBudget {
        WorkBudget(
            maximumValues: 2_000_000, deadline: Date(timeIntervalSinceNow: seconds),
            howToRaise: "use the CLI for larger runs")
    }

    /// The budget in force for the current task (the CLI's unless a caller sets another).
    @TaskLocal public static var current = WorkBudget.cli

    /// Refuses `samples` × `columns` values past the budget.
    public func check(samples: Int, columns: Int) throws {
        let values = samples.multipliedReportingOverflow(by: max(1, columns))
        guard !values.overflow, values.partialValue <= maximumValues else {
            let most = maximumValues / max(1, columns)
            throw InputError(
                field: "samples", value: String(samples),
                allowed: "at most \(most) samples for \(columns) result columns "
                    + "(a budget of \(maximumValues) values per call)",
                hint: howToRaise)
        }
    }

    /// Throws once the deadline has passed.
    public func checkDeadline() throws {
        guard let deadline, Date() > deadline else { return }
        throw InputError(
            field: "samples", value: "", allowed: "a run that finishes within the request's time limit",
            hint: howToRaise)
    }
}
