import ReckonCore
import ReckonUnits

extension CommandInputs {
    /// `reckon project`.
    public static let project = CommandInputs(
        "project",
        [
            FieldUse(.trendPreset, default: "paper-calibrated", common: true),
            FieldUse(.from, default: "2020", common: true),
            FieldUse(.to, default: "2035", common: true),
            FieldUse(.basis, default: "gpu", common: true),
        ] + trendUses + [
            FieldUse(.largeModelEraStart, default: "2018")
        ])

    /// The trend constants, each defaulting to the paper-calibrated preset's value.
    static let trendUses: [FieldUse] = {
        let c = TrendPreset.paperCalibrated.constants
        let g = GrowthIndexConstants.paper
        func n(_ x: Double) -> String { CommandInputs.shortest(x) }
        var uses: [FieldUse] = [
            FieldUse(.anchorYearGpt3, default: String(c.gpt3Year)),
            FieldUse(.paramsGpt3, default: n(c.gpt3Parameters)),
            FieldUse(.expertsGpt3, default: n(c.gpt3Experts)),
            FieldUse(.anchorYear, default: String(c.anchorYear)),
            FieldUse(.paramsAnchor, default: n(c.anchorParameters)),
            FieldUse(.expertsAnchor, default: n(c.anchorExperts)),
            FieldUse(.flopPerParamAnchor, default: n(c.anchorFLOPPerParameter)),
            FieldUse(.anchorGpuCostUsd, default: n(c.anchorGPUCost)),
            FieldUse(.paramGrowth, default: n(c.parameterGrowth)),
            FieldUse(.pricePerfDoublingYearsHist, default: n(c.historicalDoublingYears)),
            FieldUse(.pricePerfDoublingYears, default: n(c.projectedDoublingYears)),
            FieldUse(.cloudRatio, default: n(c.cloudToGPUCostRatio)),
            FieldUse(.gpuFlopsAnchor, default: n(c.anchorGPUFLOPPerSecond)),
            FieldUse(.gpuPerfGrowth, default: n(c.gpuPerformanceGrowth)),
            FieldUse(.computeDoublingMonths, default: n(c.computeDoublingMonths)),
            FieldUse(.largeScaleComputeDoublingMonths, default: n(c.largeScaleComputeDoublingMonths)),
            FieldUse(.bestExpertsPerYear, default: n(c.best.expertsPerYear)),
            FieldUse(.guessExpertsPerYear, default: n(c.guess.expertsPerYear)),
            FieldUse(.worstExpertsPerYear, default: n(c.worst.expertsPerYear)),
            FieldUse(.bestFlopPerParam, default: n(c.best.flopPerParameter)),
            FieldUse(.guessFlopPerParam, default: n(c.guess.flopPerParameter)),
            FieldUse(.worstFlopPerParam, default: n(c.worst.flopPerParameter)),
            FieldUse(.supercomputerGrowth, default: n(g.supercomputerGrowth)),
            FieldUse(.preEraGrowth, default: n(g.preEraGrowth)),
        ]
        for (field, line) in zip(stride(from: 0, to: Field.spendingLineFields.count, by: 3), SpendingLines.all) {
            let f = Field.spendingLineFields
            uses.append(FieldUse(f[field], default: n(line.baseValue.value)))
            uses.append(FieldUse(f[field + 1], default: String(line.baseYear)))
            uses.append(FieldUse(f[field + 2], default: n(line.annualGrowth)))
        }
        return uses
    }()

    /// The shortest compact spelling of `x` that reads back as exactly `x` (`6.7e6`, `1.0753432`).
    static func shortest(_ x: Double) -> String {
        for digits in 6...17 {
            let text = NumberFormat.compact(x, digits: digits)
            if DecimalSyntax.parse(text) == x { return text }
        }
        return "\(x)"
    }

    /// `reckon roadmap`.
    public static let roadmap = CommandInputs(
        "roadmap",
        Field.leverFields.map { FieldUse($0, default: "on") } + [
            FieldUse(
                .trendPreset, default: "paper-calibrated",
                help: "Trend preset for the baseline's $/FLOP: paper-stated|paper-calibrated|paper-calibrated-growth."),
            FieldUse(.roadmapParams, default: "1.8T", common: true),
            FieldUse(
                .model, note: "none: a dense --params model",
                help: "Dense catalog model of the baseline: its parameters, and with --gpu its shape for η_MoE."),
            FieldUse(.year, default: "2023", common: true),
            FieldUse(.baselineCostUsd, note: "from --params and --year"),
            FieldUse(.baselineTokensPerParam, default: "20"),
            FieldUse(.roadmapGpus, default: "50000", common: true),
            FieldUse(.moeLaw, default: "clark-2022", common: true),
            FieldUse(
                .gpu, note: "none: MoE counted by FLOP",
                help: "Accelerator on which the plan model prices the MoE step (η_MoE): GPT-3's and --model's."),
            FieldUse(.moeFlopOnly),
            FieldUse(.gpt3Gpus, default: "10000"),
            FieldUse(
                .failures, default: FailurePreset.defaultPreset().rawValue,
                help:
                    "Failure preset of the distributed-systems gain: llama3-observed, rsc-a100-observed or "
                    + "paper-2024."),
            FieldUse(.gpt3CostUsd, note: "the paper's $4.81M cloud cost"),
            FieldUse(.gpt3Year, default: "2021"),
            FieldUse(.targetUsd, default: "1000", common: true),
            FieldUse(.roadmapDoublingYears, default: "2.46"),
        ])

    /// Monte Carlo settings of the API and the pages (the CLI's `--samples`, `--seed`, `--sensitivity`).
    public static let samplingUses: [FieldUse] = [
        FieldUse(.samples, note: "10000 when an input is a distribution"),
        FieldUse(.seed, default: "1"),
        FieldUse(.sensitivity),
    ]
}
