import ArgumentParser
import ReckonCatalog
import ReckonReport

/// `reckon`: what it takes to train and serve foundation models.
@available(macOS 10.15, macCatalyst 13, iOS 13, tvOS 13, watchOS 6, *)
public struct ReckonCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "reckon",
        abstract: "What it takes — FLOP, GPUs, days, failures, dollars, energy — to train and serve foundation models.",
        discussion: """
            With no arguments: the main report on the built-in scenario. Every number can
            be reproduced with a subcommand and the flags it prints; every constant names
            its source (`reckon catalog show ID`).

            Examples (each subcommand's --help teaches its flags):
              reckon                                     the main report
              reckon train --model gpt-3 --gpu v100 --gpus 10000 --mfu 0.21
              reckon train --params 70B --tokens 2T --gpu a100-80gb --gpus 2048
              reckon train --model gpt-3 --gpus 800..1200 --mfu 0.3..0.5
              reckon scale --svg fig7.svg                days vs GPUs (Fig. 7)
              reckon plan --model megatron-1t --gpu a100-80gb --gpus 3072
              reckon choose --model llama-3.1-405b --deadline 90d   cheapest, fastest
              reckon validate                            predicted vs published
              reckon project --svg fig5.svg              frontier cost (Fig. 5)
              reckon roadmap                             levers to a $1,000 GPT-3
              reckon trends --svg fig8.svg               the memory wall (Fig. 8)
              reckon infer --model llama-3.1-70b --gpu h100-sxm
              reckon deploy --preset twitter-1pct-year   serving vs training
              reckon compare a.yaml b.yaml               scenarios side by side
              reckon report -o reckon.html               everything in one file
              reckon serve                               web app on :8080
            """,
        version: ReckonVersion.current,
        subcommands: [
            SummaryCommand.self,
            TrainCommand.self,
            ScaleCommand.self,
            PlanCommand.self,
            ChooseCommand.self,
            ValidateCommand.self,
            ProjectCommand.self,
            RoadmapCommand.self,
            TrendsCommand.self,
            InferCommand.self,
            DeployCommand.self,
            SensitivityCommand.self,
            CompareCommand.self,
            CatalogCommand.self,
            ReportCommand.self,
            ServeCommand.self,
        ],
        defaultSubcommand: SummaryCommand.self
    )

    public init() {}
}

extension ReckonCommand {
    /// The subcommands' names in menu order, as their configurations give them (`CLITests` checks that the two
    /// agree): checking a first argument then builds no configuration, which costs start-up time.
    static let subcommandNames = [
        "summary", "train", "scale", "plan", "choose", "validate", "project", "roadmap", "trends",
        "infer", "deploy", "sensitivity", "compare", "catalog", "report", "serve",
    ]

    /// A message for a first argument that is no subcommand (`reckon trian`), with the nearest one; nil otherwise.
    public static func unknownSubcommand(_ arguments: [String]) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-") else { return nil }
        let names = subcommandNames + ["help"]
        guard !names.contains(first) else { return nil }
        let guess = DidYouMean.closest(to: first, among: names, limit: 1).first
        return "error: unknown command '\(first.prefix(40))'" + (guess.map { "; did you mean '\($0)'?" } ?? "")
            + " (commands: " + names.filter { $0 != "help" }.joined(separator: ", ") + ")\n"
    }
}
