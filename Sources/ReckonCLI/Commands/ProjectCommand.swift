import ArgumentParser
import ReckonCore
import ReckonInput
import ReckonReport


/// `reckon project`: where the cost of the largest training run is heading (the paper's Sec. 2.1, Fig. 5, Fig. 6, Table 1).
struct ProjectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "project",
        abstract: "Project the cost of the final training run of the largest model per year, and when it crosses spending lines.",
        discussion: """
            C_s(y) = k_s · P(y)² / K_s(y) FLOP; P grows ×2.8/yr from GPT-4 (1.8T, 2023); experts K grow +8/+4/+0 per year and
            FLOP per parameter k is 20/40/120 in the best case / best guess / worst case (Table 1); GPU $/FLOP is calibrated
            on GPT-4's $6.7M and halves every 2.46 years (2.95 after 2023 in the paper-calibrated preset); cloud = 4.8 × GPU.
            Every constant is a flag and a scenario-file key (snake_case). Crossing years compare the cost with the value of
            the worldwide GPU installed base, global IT spending and 1% of US GDP.

            Examples:
              reckon project                                  table 2020–2035, crossings, growth index
              reckon project --preset paper-stated --to 2030
              reckon project --param-growth 2.0 --price-perf-doubling-years 2 --format json
              reckon project --svg fig5.svg
            """)

    @Argument(help: ArgumentHelp("A scenario file (YAML or JSON) with the same keys as the flags.", valueName: "scenario-file"))
    var scenario: String?

    @Option(help: "Constants preset: paper-stated ($15.0B in 2028), paper-calibrated ($19.0B, default), paper-calibrated-growth ($19.5B).")
    var preset: String?
    @Option(help: "First year of the table. Default: 2020.") var from: String?
    @Option(help: "Last year of the table. Default: 2035.") var to: String?
    @Option(help: "Cost compared with the spending lines and charted: gpu (default) or cloud.") var basis: String?

    @Option(help: "GPT-3 anchor year. Default: 2021 (paper Sec. 2.1).") var anchorYearGpt3: String?
    @Option(help: "GPT-3 parameters. Default: 175e9.") var paramsGpt3: String?
    @Option(help: "GPT-3 experts (1 = dense). Default: 1.") var expertsGpt3: String?
    @Option(help: "GPT-4 anchor year. Default: 2023.") var anchorYear: String?
    @Option(help: "GPT-4 parameters. Default: 1.8e12 (estimate).") var paramsAnchor: String?
    @Option(help: "GPT-4 experts. Default: 9 (reconstruction).") var expertsAnchor: String?
    @Option(help: "FLOP per parameter at the anchors. Default: 40.") var flopPerParamAnchor: String?
    @Option(help: "GPT-4 GPU cost in USD; calibrates $/FLOP. Default: 6.7e6.") var anchorGpuCostUsd: String?
    @Option(help: "Parameter growth per year after the anchor. Default: 2.8 (+180%/yr).") var paramGrowth: String?
    @Option(help: "Price-performance doubling time (years) up to the anchor. Default: 2.46.") var pricePerfDoublingYearsHist: String?
    @Option(help: "Price-performance doubling time (years) after the anchor. Default: 2.95 (paper-calibrated) / 2.46.") var pricePerfDoublingYears: String?
    @Option(help: "Cloud cost ÷ GPU cost. Default: 4.8.") var cloudRatio: String?
    @Option(help: "Sustained FLOP/s per GPU at the anchor, for GPU-hours. Default: 1e15.") var gpuFlopsAnchor: String?
    @Option(help: "GPU performance growth per year. Default: 1.69.") var gpuPerfGrowth: String?
    @Option(help: "Training-compute doubling time in months (Fig. 3). Default: 4.") var computeDoublingMonths: String?
    @Option(help: "Large-scale training-compute doubling time in months (Fig. 3). Default: 7.") var largeScaleComputeDoublingMonths: String?
    @Option(help: "Best case: experts added per year. Default: 8.") var bestExpertsPerYear: String?
    @Option(help: "Best guess: experts added per year. Default: 4.") var guessExpertsPerYear: String?
    @Option(help: "Worst case: experts added per year. Default: 0.") var worstExpertsPerYear: String?
    @Option(help: "Best case: FLOP per parameter. Default: 20.") var bestFlopPerParam: String?
    @Option(help: "Best guess: FLOP per parameter. Default: 40.") var guessFlopPerParam: String?
    @Option(help: "Worst case: FLOP per parameter. Default: 120.") var worstFlopPerParam: String?

    @Option(help: "GPU installed-base line: USD in its base year. Default: 5e10 (assumption).") var installedBaseUsd: String?
    @Option(help: "GPU installed-base line: base year. Default: 2025.") var installedBaseYear: String?
    @Option(help: "GPU installed-base line: growth per year. Default: 1.10 (assumption).") var installedBaseGrowth: String?
    @Option(help: "IT-spending line: USD in its base year. Default: 4.898e12 (Gartner 2023).") var itSpendingUsd: String?
    @Option(help: "IT-spending line: base year. Default: 2023.") var itSpendingYear: String?
    @Option(help: "IT-spending line: growth per year. Default: 1.0753 (Gartner 2024 forecast).") var itSpendingGrowth: String?
    @Option(help: "1%-of-US-GDP line: USD in its base year. Default: 2.33e11 (2021).") var usGdp1pctUsd: String?
    @Option(help: "1%-of-US-GDP line: base year. Default: 2021.") var usGdp1pctYear: String?
    @Option(help: "1%-of-US-GDP line: growth per year. Default: 1.028.") var usGdp1pctGrowth: String?
    @Option(help: "Fig. 6: supercomputer growth per year. Default: 1.78.") var supercomputerGrowth: String?
    @Option(help: "Fig. 6: growth of model size and FLOP before the large-model era (assumed). Default: 1.78.") var preEraGrowth: String?
    @Option(help: "Fig. 6: first year of the large-model era. Default: 2018.") var largeModelEraStart: String?

    @Option(help: ArgumentHelp("Also write the Fig. 5 and Fig. 6 charts as SVG to FILE (no overwrite without --force).", valueName: "FILE"))
    var svg: String?

    @OptionGroup var output: OutputOptions
    @OptionGroup var sampling: SamplingOptions

    func flags() -> InputFields {
        var c = FieldCollector()
        c.add("preset", preset); c.add("from", from); c.add("to", to); c.add("basis", basis)
        c.add("anchor_year_gpt3", anchorYearGpt3); c.add("params_gpt3", paramsGpt3); c.add("experts_gpt3", expertsGpt3)
        c.add("anchor_year", anchorYear); c.add("params_anchor", paramsAnchor); c.add("experts_anchor", expertsAnchor)
        c.add("flop_per_param_anchor", flopPerParamAnchor); c.add("anchor_gpu_cost_usd", anchorGpuCostUsd)
        c.add("param_growth", paramGrowth); c.add("price_perf_doubling_years_hist", pricePerfDoublingYearsHist)
        c.add("price_perf_doubling_years", pricePerfDoublingYears); c.add("cloud_ratio", cloudRatio)
        c.add("gpu_flops_anchor", gpuFlopsAnchor); c.add("gpu_perf_growth", gpuPerfGrowth)
        c.add("compute_doubling_months", computeDoublingMonths); c.add("large_scale_compute_doubling_months", largeScaleComputeDoublingMonths)
        c.add("best_experts_per_year", bestExpertsPerYear); c.add("guess_experts_per_year", guessExpertsPerYear)
        c.add("worst_experts_per_year", worstExpertsPerYear); c.add("best_flop_per_param", bestFlopPerParam)
        c.add("guess_flop_per_param", guessFlopPerParam); c.add("worst_flop_per_param", worstFlopPerParam)
        c.add("installed_base_usd", installedBaseUsd); c.add("installed_base_year", installedBaseYear); c.add("installed_base_growth", installedBaseGrowth)
        c.add("it_spending_usd", itSpendingUsd); c.add("it_spending_year", itSpendingYear); c.add("it_spending_growth", itSpendingGrowth)
        c.add("us_gdp_1pct_usd", usGdp1pctUsd); c.add("us_gdp_1pct_year", usGdp1pctYear); c.add("us_gdp_1pct_growth", usGdp1pctGrowth)
        c.add("supercomputer_growth", supercomputerGrowth); c.add("pre_era_growth", preEraGrowth)
        c.add("large_model_era_start", largeModelEraStart)
        return c.fields
    }

    func run() throws {
        try reportingUserErrors {
            let fields = try mergedFields(file: scenario, flags: flags())
            if sampling.wanted(fields) {
                let outcome = try ProjectUncertainty.run(fields, samples: sampling.samples, seed: sampling.seed, sensitivity: sampling.sensitivity)
                try sampling.emit(outcome, svg: svg, output: output)
                return
            }
            let resolved = try ProjectRequest.resolve(fields)
            if let svg {
                try FileOutput.write(ProjectReport.svg(resolved), to: svg, force: output.force, field: "svg")
            }
            try output.emit(ProjectReport.render(resolved, format: output.format))
        }
    }
}
