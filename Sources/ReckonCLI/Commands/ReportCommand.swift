import ArgumentParser
import Foundation
import ReckonReport

/// `reckon report`: every analysis in one self-contained HTML file, or Markdown with SVG charts beside it.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write every analysis — tables, charts, assumptions, sources — to one self-contained HTML file.",
        discussion: """
            Examples:
              reckon report --output report.html
                (HTML with inline SVG and CSS; no network, no JavaScript)
              reckon report --format markdown --output report.md
                (Markdown, the charts as report-<section>.svg beside it)

            An existing file is never replaced without --force; files are written
            atomically.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case html, markdown }

    @Option(help: "html or markdown.") var format: Format = .html
    @Option(
        name: [.customShort("o"), .long],
        help: ArgumentHelp("Where to write; standard output when absent (HTML only).", valueName: "FILE")) var output:
        String?
    @Flag(help: "Replace existing files.") var force = false
    @OptionGroup var catalog: CatalogOptions

    func validate() throws {
        if format == .markdown && output == nil {
            throw ValidationError(
                "--format markdown needs --output FILE: its charts are written as SVG files beside it.")
        }
    }

    func run() throws {
        try reportingUserErrors {
            let sections = SummaryReport.sections(catalog: try catalog.catalog())
            switch format {
            case .html:
                let html = HTMLReport.render(sections: sections)
                if let output {
                    try FileOutput.write(html, to: output, force: force, field: "output")
                    FileHandle.standardError.write(Data("wrote \(output)\n".utf8))
                } else {
                    FileHandle.standardOutput.write(Data(html.utf8))
                }
            case .markdown:
                let base = URL(fileURLWithPath: output!).deletingPathExtension().lastPathComponent
                let dir = URL(fileURLWithPath: output!).deletingLastPathComponent()
                let bundle = MarkdownReport.render(sections: sections, chartPrefix: base)
                for (name, svg) in bundle.charts {
                    try FileOutput.write(svg, to: dir.appendingPathComponent(name).path, force: force, field: "output")
                }
                try FileOutput.write(bundle.markdown, to: output!, force: force, field: "output")
                FileHandle.standardError.write(Data("wrote \(output!) and \(bundle.charts.count) chart(s)\n".utf8))
            }
        }
    }
}
