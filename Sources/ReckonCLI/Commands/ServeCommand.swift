import ArgumentParser
import Hummingbird
import ReckonServer

/// `reckon serve`: the local web app and JSON API.
@available(macOS 10.15, macCatalyst 13, iOS 13, tvOS 13, watchOS 6, *)
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the local web app (pages with forms and charts) and the JSON API.",
        discussion: """
            Pages: /  (the report), /train … one per analysis; each form's URL is its permalink.
            API:   POST /api/v1/{analysis} with a flat JSON object of the command's flags in snake_case, e.g.
                   curl -s localhost:8080/api/v1/train -d '{"params": 175e9, "tokens": 300e9, "gpu": "v100", "gpus": 1000, "mfu": 0.3}'
                   GET /api/v1/catalog[/accelerators|/models|/ID], GET /healthz.
            Binds to 127.0.0.1 unless told otherwise; bad requests get 400/422 with {"error": …, "field": …}.
            """)

    @Option(help: "Address to listen on.") var host = "127.0.0.1"
    @Option(help: "TCP port.") var port = 8080
    @Option(help: "Largest request body in bytes.") var maxBody = 64 * 1024
    @OptionGroup var catalog: CatalogOptions

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port must be from 1 to 65535, not \(port).") }
        guard maxBody >= 256 else { throw ValidationError("--max-body must be at least 256 bytes, not \(maxBody).") }
    }

    func run() async throws {
        try await reportingUserErrorsAsync {
            let settings = ServerSettings(host: host, port: port, maxBodyBytes: maxBody, catalog: try catalog.catalog())
            print("reckon serve: http://\(host):\(port)/  (Ctrl-C to stop)")
            try await buildApplication(settings).runService()
        }
    }
}
