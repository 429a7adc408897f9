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

    @Option(
        name: [.customShort("o"), .long],
        help: ArgumentHelp("Write to FILE instead of standard output.", valueName: "FILE"))
    var output: String?

    @Flag(name: .long, help: "Allow --output (and --svg) to replace an existing file.")
    var force = false

    /// Prints `text` (also for `-o -`), or writes it to `--output`, refusing to replace a file without `--force`.
    func emit(_ text: String) throws {
        guard let output, output != "-" else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        try FileOutput.write(text, to: output, force: force, field: "output")
        FileHandle.standardError.write(Data("wrote \(output)\n".utf8))
    }

    /// Checks every file this run will write (`--output` and, when given, the command's `--svg`) before anything is
    /// computed or written, so that a refusal never leaves one of them behind.
    func preflight(svg: String? = nil) throws {
        if let output, output != "-" { try FileOutput.check(output, force: force, field: "output") }
        if let svg {
            try FileOutput.check(svg, force: force, field: "svg")
            if svg == output {
                throw InputError(field: "svg", value: svg, allowed: "a file other than --output")
            }
        }
    }
}

/// Writes files the safe way: a new file is created exclusively (two runs racing for one name cannot both
/// succeed); a replacement (`--force`) is written to an unpredictable temporary file beside it (`mkstemp`) and
/// renamed over it, so readers see the old file or the new one; only regular files are ever replaced.
enum FileOutput {
    /// Refuses a target that exists without `force`, that is not a regular file (a device, a FIFO, a directory,
    /// a symbolic link), or whose folder does not exist.
    static func check(_ path: String, force: Bool, field: String) throws {
        var info = stat()
        if lstat(path, &info) == 0 {
            guard (info.st_mode & S_IFMT) == S_IFREG else {
                throw InputError(
                    field: field, value: path, allowed: "a regular file or a new path",
                    hint: "it exists and is not a regular file (device, folder, link or pipe)")
            }
            guard force else {
                throw InputError(
                    field: field, value: path, allowed: "a path that does not exist yet",
                    hint: "add --force to replace it")
            }
        }
        let folder = (path as NSString).deletingLastPathComponent
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.isEmpty ? "." : folder, isDirectory: &isDirectory),
            isDirectory.boolValue
        else {
            throw InputError(field: field, value: path, allowed: "a path in an existing folder")
        }
    }

    static func write(_ text: String, to path: String, force: Bool, field: String) throws {
        try check(path, force: force, field: field)
        let bytes = Array(text.utf8)
        func fail(_ what: String) -> InputError {
            InputError(
                field: field, value: path, allowed: "a writable path",
                hint: "\(what): \(String(cString: strerror(errno)))")
        }
        var info = stat()
        guard force, lstat(path, &info) == 0 else {
            // A new file: O_EXCL fails if another process created it since the check; O_NOFOLLOW refuses a planted
            // link.
            let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
            guard fd >= 0 else {
                if errno == EEXIST {
                    throw InputError(
                        field: field, value: path, allowed: "a path that does not exist yet",
                        hint: "it was created meanwhile; add --force to replace it")
                }
                throw fail("cannot create it")
            }
            defer { close(fd) }
            guard writeAll(fd, bytes) else {
                unlink(path)
                throw fail("cannot write it")
            }
            return
        }
        let folder = (path as NSString).deletingLastPathComponent
        var template = Array(((folder.isEmpty ? "." : folder) + "/.reckon-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw fail("cannot create a temporary file beside it") }
        let temporary = String(cString: template)
        let written = writeAll(fd, bytes) && fchmod(fd, 0o644) == 0
        close(fd)
        // rename(2) replaces the target atomically; the target was checked to be a regular file.
        guard written, rename(temporary, path) == 0 else {
            unlink(temporary)
            throw fail("cannot replace it")
        }
    }

    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
            if n <= 0 { return false }
            offset += n
        }
        return true
    }
}

/// Options shared by every command that reads the catalog.
struct CatalogOptions: ParsableArguments {
    @Option(
        name: .customLong("catalog"),
        help: ArgumentHelp("Add or override catalog entries from the YAML/JSON files in DIR.", valueName: "DIR"))
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
