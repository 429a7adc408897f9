import ArgumentParser
import Hummingbird
import Foundation
import ReckonCore
import ReckonServer

/// `reckon serve`: the local web app and JSON API.
@available(macOS 10.15, macCatalyst 13, iOS 13, tvOS 13, watchOS 6, *)
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the local web app (pages with forms and charts) and the JSON API.",
        discussion: """
            Pages: / (the report), /train … one per analysis, /compare, /sensitivity,
            /catalog; each form's URL is its permalink.

            API: POST /api/v1/{analysis} with a flat JSON object of the command's flags
            in snake_case, answered with the command's --format json. The OpenAPI
            document at /api/v1/openapi.json lists every field and response. Also
            /api/v1/catalog[/accelerators|/models|/ID] and /healthz.

            Binds to 127.0.0.1 unless told otherwise; bad requests get 400/422 with
            {"error": …, "field": …}.

            Examples:
              reckon serve --port 8080 --log
              curl -s localhost:8080/api/v1/train -H 'Content-Type: application/json' \\
                -d '{"model": "gpt-3", "gpu": "v100", "gpus": 1000, "mfu": 0.3}'
            """)

    @Option(help: "Address to listen on.") var host = "127.0.0.1"
    @Option(help: "TCP port.") var port = 8080
    @Option(help: "Largest request body in bytes.") var maxBody = 64 * 1024
    @Flag(help: "Log each request to standard error: method, path, status, microseconds.") var log = false
    @OptionGroup var catalog: CatalogOptions

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port must be from 1 to 65535, not \(port).") }
        guard maxBody >= 256 else { throw ValidationError("--max-body must be at least 256 bytes, not \(maxBody).") }
    }

    func run() async throws {
        try await reportingUserErrorsAsync {
            var settings = ServerSettings(host: host, port: port, maxBodyBytes: maxBody, catalog: try catalog.catalog())
            settings.logRequests = log
            // Say so before announcing a URL, rather than failing after it.
            if let problem = PortCheck.problem(host: host, port: port) {
                throw InputError(field: "port", value: String(port), allowed: "a free port on \(host)", hint: problem)
            }
            print("reckon serve: http://\(host):\(port)/  (Ctrl-C to stop)")
            try await buildApplication(settings).runService()
        }
    }
}

/// Whether `host:port` can be bound now (the server binds it a moment later).
enum PortCheck {
    static func problem(host: String, port: Int) -> String? {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        let name = host == "localhost" ? "127.0.0.1" : host
        guard inet_pton(AF_INET, name, &address.sin_addr) == 1 else { return nil }  // not IPv4: let the server say
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        return result == 0 ? nil : String(cString: strerror(errno))
    }
}
