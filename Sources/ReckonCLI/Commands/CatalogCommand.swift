import ArgumentParser
import ReckonCatalog
import ReckonReport

/// `reckon catalog`: what Reckon knows, with sources.
struct CatalogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalog",
        abstract: "List and show the built-in (and your) accelerators and models, with their sources.",
        subcommands: [List.self, Show.self],
        defaultSubcommand: List.self)

    enum Kind: String, ExpressibleByArgument, CaseIterable { case all, accelerators, models }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List catalog entries.")
        @Argument(help: "What to list.") var kind: Kind = .all
        @OptionGroup var output: OutputOptions
        @OptionGroup var catalog: CatalogOptions

        func run() throws {
            try reportingUserErrors {
            try output.preflight()
                try output.emit(CatalogReport.list(try catalog.catalog(), accelerators: kind != .models, models: kind != .accelerators, format: output.format))
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show every field of one entry, with its source.")
        @Argument(help: "An accelerator or model ID, e.g. h100-sxm or llama-3.1-405b.") var id: String
        @OptionGroup var output: OutputOptions
        @OptionGroup var catalog: CatalogOptions

        func run() throws {
            try reportingUserErrors {
                try output.emit(try CatalogReport.show(id, in: try catalog.catalog(), format: output.format))
            }
        }
    }
}
