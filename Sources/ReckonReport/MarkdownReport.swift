import Foundation

/// The main report as Markdown, with each chart as an SVG file to write beside it.
public enum MarkdownReport {
    public static func render(sections: [ReportSection], chartPrefix: String) -> (
        markdown: String, charts: [(String, String)]
    ) {
        var md = "# Reckon — what it takes to train and serve foundation models\n\n"
        var charts: [(String, String)] = []
        for s in sections {
            var body = s.markdown()
            if let svg = s.svg {
                let name = "\(chartPrefix)-\(s.id).svg"
                charts.append((name, svg))
                body = body.replacingFirst("\n\n", with: "\n\n![\(s.title)](\(name))\n\n")
            }
            md += body + "\n"
        }
        return (md, charts)
    }
}

extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let r = range(of: target) else { return self }
        return replacingCharacters(in: r, with: replacement)
    }
}
