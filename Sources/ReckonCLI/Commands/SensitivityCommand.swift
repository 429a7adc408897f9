import ArgumentParser

/// `reckon sensitivity <command> …`: which uncertain inputs move a result most.
struct SensitivityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sensitivity",
        abstract: "Which uncertain inputs move the answer most: a tornado table (and chart) plus rank correlations.",
        discussion: """
            Give inputs as distributions (0.35..0.55 is a 90% interval, lognormal; normal(m, sd); uniform(a, b);
            triangular(a, mode, b); choice(x: w, y: w)). Each is moved from its p5 to its p95 with the others at
            their medians (the tornado); Spearman rank correlations come from a full Monte Carlo sample.

            Examples:
              reckon sensitivity train --mfu 0.3..0.5 --price-per-hour 1.5..3 --gpus 800..1200
              reckon sensitivity train --mfu 0.3..0.5 --tokens 200B..400B --field wall_clock_days --svg tornado.svg
              reckon sensitivity deploy --preset twitter-1pct-year --ranges --samples 2000
            """,
        subcommands: [SensitivityTrainCommand.self, SensitivityInferCommand.self, SensitivityDeployCommand.self])
}

/// `reckon sensitivity train`: the flags of `reckon train`, with `--sensitivity` implied.
struct SensitivityTrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Sensitivity of a training estimate to its uncertain inputs (same flags as `reckon train`).")

    @OptionGroup var train: TrainCommand

    func run() throws {
        var command = train
        command.uncertainty.sensitivity = true
        try command.run()
    }
}

/// `reckon sensitivity deploy`: the flags of `reckon deploy`, with `--sensitivity` implied.
struct SensitivityDeployCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deploy",
        abstract: "Sensitivity of deployment vs development to its uncertain inputs (same flags as `reckon deploy`; try --ranges).")

    @OptionGroup var deploy: DeployCommand

    func run() throws {
        var command = deploy
        command.uncertainty.sensitivity = true
        try command.run()
    }
}

/// `reckon sensitivity infer`: the flags of `reckon infer`, with `--sensitivity` implied.
struct SensitivityInferCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "infer",
        abstract: "Sensitivity of serving cost and speed to their uncertain inputs (same flags as `reckon infer`).")

    @OptionGroup var infer: InferCommand

    func run() throws {
        var command = infer
        command.uncertainty.sensitivity = true
        try command.run()
    }
}
