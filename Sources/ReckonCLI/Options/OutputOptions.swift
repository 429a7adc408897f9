import ArgumentParser
import Foundation
import ReckonCatalog
import ReckonCore
import ReckonReport

extension OutputFormat: ExpressibleByArgument {}

/// Options shared by every command that writes a result.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: "Output format.")
    var format: OutputFormat = .text

    @Option(name: [.customShort("o"), .long], help: ArgumentHelp("Write to FILE instead of standard output.", valueName: "FILE"))
    var output: String?

    @Flag(name: .long, help: "Allow --output (and --svg) to replace an existing file.")
    var force = false

    /// Prints `text`, or writes it to `--output` atomically, refusing to replace a file without `--force`.
    func emit(_ text: String) throws {
        guard let output else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        try FileOutput.write(text, to: output, force: force, field: "output")
        FileHandle.standardError.write(Data("wrote \(output)\n".utf8))
    }
}

/// Writes files the safe way: never over an existing file without `force`, always via a temporary file and a rename.
enum FileOutput {
    static func write(_ text: String, to path: String, force: Bool, field: String) throws {
        if FileManager.default.fileExists(atPath: path) && !force {
            throw InputError(field: field, value: path, allowed: "a path that does not exist yet", hint: "add --force to replace it")
        }
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).reckon-\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try Data(text.utf8).write(to: temporary)
            // rename(2) replaces the target atomically: readers see the old file or the new one, never a half-written one.
            guard rename(temporary.path, url.path) == 0 else {
                throw InputError(field: field, value: path, allowed: "a writable path", hint: String(cString: strerror(errno)))
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw InputError(field: field, value: path, allowed: "a writable path", hint: "\(error.localizedDescription)")
        }
    }
}

/// Options shared by every command that reads the catalog.
struct CatalogOptions: ParsableArguments {
    @Option(name: .customLong("catalog"), help: ArgumentHelp("Add or override catalog entries from the YAML/JSON files in DIR.", valueName: "DIR"))
    var directory: String?

    func catalog() throws -> Catalog {
        var catalog = Catalog.builtin
        if let directory { catalog.merge(try CatalogLoader.load(directory: directory)) }
        return catalog
    }
}

/// Runs `body`, turning a user error into one line on standard error and exit code 2.
func reportingUserErrors(_ body: () throws -> Void) throws {
    do { try body() } catch let error as InputError {
        FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
        throw ExitCode(2)
    }
}

/// `reportingUserErrors` for async commands.
func reportingUserErrorsAsync(_ body: () async throws -> Void) async throws {
    do { try await body() } catch let error as InputError {
        FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
        throw ExitCode(2)
    }
}
