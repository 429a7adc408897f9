import ArgumentParser

/// `reckon sensitivity <command> …`: which uncertain inputs move a result most.
struct SensitivityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sensitivity",
        abstract: "Which uncertain inputs move the answer most: a tornado table (and chart) plus rank correlations.",
        discussion: """
            Give inputs as distributions (0.35..0.55 is a 90% interval, lognormal;
            normal(m, sd); uniform(a, b); triangular(a, mode, b); choice(x: w, y: w)).
            Each is moved from its p5 to its p95 with the others at their medians (the
            tornado); Spearman rank correlations come from a full Monte Carlo sample.

            Examples:
              reckon sensitivity train --mfu 0.3..0.5 --price-per-hour 1.5..3 \\
                --gpus 800..1200
              reckon sensitivity train --mfu 0.3..0.5 --tokens 200B..400B \\
                --field wall_clock_days --svg tornado.svg
              reckon sensitivity deploy --preset twitter-1pct-year --ranges --samples 2000
            """,
        subcommands: [
            Sensitivity<TrainCommand>.self, Sensitivity<InferCommand>.self, Sensitivity<DeployCommand>.self,
            Sensitivity<ScaleCommand>.self, Sensitivity<ProjectCommand>.self, Sensitivity<RoadmapCommand>.self,
        ])
}

/// A command whose inputs may be distributions, so that `reckon sensitivity <command>` can run it with
/// `--sensitivity` implied.
protocol SensitivityTarget: ParsableCommand {
    /// The `--help` abstract of `reckon sensitivity <command>`.
    static var sensitivityAbstract: String { get }
    /// Turns on the tornado and rank correlations.
    mutating func askForSensitivity()
}

/// `reckon sensitivity <command>`: the flags of `reckon <command>`, with `--sensitivity` implied.
struct Sensitivity<Target: SensitivityTarget>: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: Target.configuration.commandName, abstract: Target.sensitivityAbstract)
    }

    @OptionGroup var target: Target

    func run() throws {
        var command = target
        command.askForSensitivity()
        try command.run()
    }
}

extension TrainCommand: SensitivityTarget {
    static let sensitivityAbstract =
        "Sensitivity of a training estimate to its uncertain inputs (same flags as `reckon train`)."
    mutating func askForSensitivity() { uncertainty.sensitivity = true }
}
extension InferCommand: SensitivityTarget {
    static let sensitivityAbstract =
        "Sensitivity of serving cost and speed to their uncertain inputs (same flags as `reckon infer`)."
    mutating func askForSensitivity() { sampling.sensitivity = true }
}
extension DeployCommand: SensitivityTarget {
    static let sensitivityAbstract =
        "Sensitivity of deployment vs development to its uncertain inputs (same flags as `reckon deploy`; try "
        + "--ranges)."
    mutating func askForSensitivity() { uncertainty.sensitivity = true }
}
extension ScaleCommand: SensitivityTarget {
    static let sensitivityAbstract =
        "Sensitivity of time to train to uncertain Table 3 constants (same flags as `reckon scale`)."
    mutating func askForSensitivity() { sampling.sensitivity = true }
}
extension ProjectCommand: SensitivityTarget {
    static let sensitivityAbstract =
        "Sensitivity of the projected frontier cost to uncertain trend constants (same flags as `reckon project`)."
    mutating func askForSensitivity() { sampling.sensitivity = true }
}
extension RoadmapCommand: SensitivityTarget {
    static let sensitivityAbstract =
        "Sensitivity of the roadmap and the $1,000 GPT-3 to uncertain levers (same flags as `reckon roadmap`)."
    mutating func askForSensitivity() { sampling.sensitivity = true }
}
