import ArgumentParser

/// `reckon`: what it takes to train and serve foundation models.
@available(macOS 10.15, macCatalyst 13, iOS 13, tvOS 13, watchOS 6, *)
public struct ReckonCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "reckon",
        abstract: "What it takes — FLOP, GPUs, days, failures, dollars, energy — to train and serve foundation models.",
        discussion: """
            Run with no arguments for the main report on the built-in scenario. Every number can be
            reproduced with a subcommand and the flags it prints; every constant names its source.

            Examples:
              reckon                                   the main report
              reckon train --model gpt-3 --gpu v100 --gpus 10000 --mfu 0.21
              reckon train --params 70B --tokens 2T --gpu a100-80gb --gpus 2048 --format json
              reckon scale --svg fig7.svg              time to train vs cluster size (Fig. 7)
              reckon plan --model megatron-1t --gpu a100-80gb --gpus 3072 --global-batch 3072
              reckon validate
              reckon catalog list accelerators
            """,
        subcommands: [
            SummaryCommand.self,
            TrainCommand.self,
            ScaleCommand.self,
            PlanCommand.self,
            ValidateCommand.self,
            ProjectCommand.self,
            RoadmapCommand.self,
            InferCommand.self,
            DeployCommand.self,
            SensitivityCommand.self,
            CatalogCommand.self,
            ReportCommand.self,
            ServeCommand.self,
        ],
        defaultSubcommand: SummaryCommand.self
    )

    public init() {}
}
