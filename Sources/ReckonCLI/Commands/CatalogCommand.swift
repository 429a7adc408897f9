import ArgumentParser
import ReckonCatalog
import ReckonCore
import ReckonReport

/// `reckon catalog`: what Reckon knows, with sources.
struct CatalogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalog",
        abstract: "List and show the built-in (and your) accelerators and models, with their sources.",
        subcommands: [List.self, Show.self, Diff.self, Check.self, Config.self],
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
                try output.emit(
                    CatalogReport.list(
                        try catalog.catalog(), accelerators: kind != .models, models: kind != .accelerators,
                        format: output.format))
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

    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "What a user catalog (--catalog DIR) adds, replaces and shadows in the built-in one, field by field.")
        @OptionGroup var output: OutputOptions
        @OptionGroup var catalog: CatalogOptions

        func run() throws {
            try reportingUserErrors {
                guard let directory = catalog.directory else {
                    throw InputError(field: "catalog", value: "", allowed: "a folder of catalog files (--catalog DIR)")
                }
                let user = try CatalogLoader.load(directory: directory)
                try output.emit(CatalogReport.diff(CatalogDiff.between(user: user), format: output.format))
            }
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check a catalog folder with the flags' bounds; lists every problem with its file, entry and key."
        )
        @Argument(help: "A folder of .yaml, .yml or .json catalog files.") var directory: String
        @OptionGroup var output: OutputOptions

        func run() throws {
            var valid = true
            try reportingUserErrors {
                let check = try CatalogLoader.check(directory: directory)
                valid = check.isValid
                try output.emit(CatalogReport.check(check, format: output.format))
            }
            if !valid { throw ExitCode(2) }
        }
    }

    struct Config: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "config",
            abstract: "Read a Hugging Face config.json: the shape, the parameters counted from it, and every key read, "
                + "assumed or ignored.")
        @Argument(help: "Path to a config.json.") var path: String
        @OptionGroup var output: OutputOptions

        func run() throws {
            try reportingUserErrors {
                try output.emit(
                    CatalogReport.modelConfig(try ModelConfigReader.read(path: path), format: output.format))
            }
        }
    }
}
