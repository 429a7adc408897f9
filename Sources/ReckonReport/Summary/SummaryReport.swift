import ReckonCatalog

/// The main job: `reckon` with no arguments. A short report of the framework's headline findings,
/// one section per analysis; each later analysis adds its section to ``sections(catalog:)``.
public enum SummaryReport {
    public static func sections(catalog: Catalog = .builtin) -> [ReportSection] {
        [
            ConclusionsSection.section(),
            TrainingCostSection.section(catalog: catalog),
            ScaleSection.section(catalog: catalog),
            PlanSection.section(),
            ProjectionSection.section(),
            CostStorySection.section(),
            RoadmapSection.section(),
            MemoryWallSection.section(),
            ServingCostSection.section(catalog: catalog),
        ]
    }

    public static func render(format: OutputFormat, catalog: Catalog = .builtin) -> String {
        let all = sections(catalog: catalog)
        switch format {
        case .json:
            return JSONValue.object([("sections", .array(all.map { $0.json() }))]).rendered() + "\n"
        case .markdown:
            return "# Reckon — what it takes to train and serve foundation models\n\n"
                + all.map { $0.markdown() }.joined(separator: "\n")
        case .csv:
            return all.map { "# \($0.title)\n" + $0.table.csv() }.joined(separator: "\n")
        case .text:
            return "Reckon — what it takes to train and serve foundation models\n\n"
                + all.map { $0.text() }.joined(separator: "\n")
                + "\nMore: `reckon train`, `scale`, `plan`, `project`, `roadmap`, `trends`, `infer`, `deploy` (each "
                + "with --help); `reckon report -o reckon.html` for the charts; `reckon serve` for the web app. "
                + "Every figure is rerunnable from the flags shown.\n"
        }
    }
}
