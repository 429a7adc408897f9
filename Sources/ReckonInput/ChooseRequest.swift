import ReckonAnalysis
import ReckonCatalog
import ReckonCore
import ReckonUnits

/// `reckon choose`: the fields it reads, how they become a ``ChoiceProblem``, and the checks on its answer.
///
/// Every configuration is costed exactly as `reckon train` costs it: the model and tokens are read by the same steps
/// (``TrainRequest``), the MFU is the fastest plan's (``PlanMFU``, the definition `reckon train` uses without `--mfu`),
/// the failure overhead is the default preset's baseline at that size, and the economics are the catalog's with the
/// same defaults. So `choose` with one accelerator and one size gives `train`'s figures for that plan.
public enum ChooseRequest {
    /// Every key `reckon choose` accepts: the field registry's.
    public static var keys: Set<String> { CommandInputs.choose.keys }

    /// The model when none is given: the largest dense run with published shape, tokens and cluster.
    public static let defaultModel = "llama-3.1-405b"
    /// The cluster sizes when none are given: 256 to 65,536 GPUs (Llama 3 405B trained on 16,384).
    public static let defaultRange = (low: 256, high: 65_536)

    /// A resolved request: the search, the limits, and what was assumed.
    public struct Resolved: Sendable {
        public var problem: ChoiceProblem
        public var model: ModelSpec
        public var tokens: Tokens
        /// Catalog entries in ``ChoiceProblem/candidates`` order.
        public var accelerators: [AcceleratorSpec]
        /// Longest acceptable wall clock, days; and as typed.
        public var deadlineDays: Double?
        public var deadlineText: String?
        /// Most acceptable cost, USD; and as typed.
        public var budget: Double?
        public var budgetText: String?
        /// The sizes as typed (`256..65536`).
        public var sizesText: String
        /// Why the run never finishes at a size (the failure model's refusal), by GPU count.
        public var failureNotes: [Int: String]
        public var failurePreset: String?
        /// The interval each frontier point carries (the plan model's residuals).
        public var interval: ResidualInterval
        public var assumptions: [Assumption]
        public var notes: [String]
    }

    /// Validates `input` against the field registry and the catalog and builds the search. Errors name the field.
    public static func resolve(_ input: InputFields, catalog: Catalog = .builtin) throws -> Resolved {
        try CommandInputs.choose.validate(input)
        var fields = InputFields(["model": .text(defaultModel)], origin: "built-in scenario")
        if input.has(.params) || input.has(.modelConfig) { fields = InputFields() }
        fields.overlay(input)
        var step = TrainRequest.Steps(fields: fields, input: input)
        var model = try step.model(catalog: catalog)
        let tokens = try step.tokens(model: &model)
        if let v = try fields.integer(.vocab) { model.vocabulary = v }
        if let f = try fields.integer(.ffn) { model.ffnSize = f }
        let shape = try TransformerShape(model: model)
        let precision = try fields.choice(.precision, Precision.self) ?? .bf16
        var assumptions = step.assumptions
        let framework = try PlanRequest.planFramework(fields, assumptions: &assumptions)
        let price = try fields.choice(.priceBasis, PriceBasis.self) ?? .rent
        let accelerators = try chosenAccelerators(fields, catalog: catalog)
        let sizes = try sizeRule(fields)
        var notes = step.notes
        if model.isEstimate {
            notes.append("\(model.name) is an outside ESTIMATE, not the developer's figures: \(model.source)")
        }

        var candidates: [ChoiceCandidate] = []
        var economicsAssumed = false
        for accelerator in accelerators {
            var economics = step
            let numbers = try candidateNumbers(
                accelerator, model: model, tokens: tokens, precision: precision,
                step: &economics)
            if !economicsAssumed {
                assumptions += economics.assumptions.filter { a in
                    !step.assumptions.contains(a) && a.key != "price_per_hour"
                }
                economicsAssumed = true
            }
            var hardware: PlanHardware? = nil
            var unplannable: String? = nil
            if numbers == nil {
                unplannable = "no published \(precision.label) peak"
            } else {
                do { hardware = try BuiltinPlanDetails.hardware(for: accelerator) } catch let e as InputError {
                    unplannable = e.hint ?? e.allowed
                }
            }
            let placeholder =
                numbers
                ?? TrainingNumbers(
                    totalParameters: model.totalParameters.value, activeParameters: model.activeParameters.value,
                    tokens: tokens.value, rule: .sixND, peak: 0, count: 1, mfu: 1, failureOverhead: 1, rentalPrice: nil,
                    purchasePrice: nil, amortizationLife: 1, tdp: nil, powerFraction: 1, pue: 1, electricityPrice: 0,
                    gridIntensity: 0)
            candidates.append(
                ChoiceCandidate(
                    id: accelerator.id, hardware: hardware, unplannable: unplannable,
                    numbers: placeholder,
                    sizes: sizes(accelerator.scaleUpDomain ?? 1)))
        }
        guard candidates.contains(where: { !$0.sizes.isEmpty }) else {
            throw InputError(
                field: "gpus", value: Field.shown(input[Field.gpuRange.key] ?? .text("")),
                allowed: "a range holding a power of two or a doubling multiple of a scale-up domain "
                    + "(e.g. 256..65536), a list, or one count",
                hint: "no cluster size to try in it for " + accelerators.map(\.id).joined(separator: ", "))
        }

        let allSizes = Set(candidates.flatMap(\.sizes)).sorted()
        let (overheads, failureNotes, preset) = try failureOverheads(
            allSizes, model: model, precision: precision,
            step: step)
        if let preset {
            assumptions.append(
                Assumption(
                    "failures", preset,
                    source: TrainRequest.failureOverheadSource + "; at each cluster size"))
        }
        let sequence = shape.sequenceLength
        let problem = ChoiceProblem(
            shape: shape, framework: framework, precision: precision, candidates: candidates,
            failureOverhead: overheads,
            globalBatch: { PlanRequest.defaultGlobalBatch(gpus: $0, sequenceLength: sequence) },
            price: price, flopPerToken: TrainingCompute.flopPerToken(rule: .sixND, model: model))
        notes.append(
            "Global batch: 4M tokens in \(sequence)-token sequences, rounded up to a multiple of the GPU "
                + "count, as `reckon train` and `reckon plan` assume (\(PlanRequest.defaultBatchSource)).")
        assumptions.append(
            Assumption(
                "price", price.rawValue,
                source: price == .rent
                    ? "catalog on-demand price of each accelerator (cloudPrice); none published: not costed"
                    : "catalog purchase price amortized over the run plus electricity at the TDP; either missing: not "
                        + "costed"
            ))
        let deadline = try fields.quantity(.deadline, Dimensions.Time.self)
        let budget = try fields.quantity(.budget, Dimensions.Money.self)
        return Resolved(
            problem: problem, model: model, tokens: tokens, accelerators: accelerators,
            deadlineDays: deadline.map { $0.value / 86_400 },
            deadlineText: input[Field.deadline.key].map(Field.shown),
            budget: budget?.value, budgetText: input[Field.budget.key].map(Field.shown),
            sizesText: input[Field.gpuRange.key].map(Field.shown)
                ?? "\(defaultRange.low)..\(defaultRange.high)",
            failureNotes: failureNotes, failurePreset: preset,
            interval: .planModel(mixtureOfExperts: shape.isMixtureOfExperts),
            assumptions: assumptions, notes: notes)
    }

    /// `--gpu all` (the catalog's accelerators, in catalog order) or the listed IDs, in the order given.
    static func chosenAccelerators(_ fields: InputFields, catalog: Catalog) throws -> [AcceleratorSpec] {
        guard let value = fields[Field.gpuChoice.key] else { return catalog.accelerators }
        switch try AcceleratorList.parse(value, field: .gpuChoice, origin: fields.origins["gpu"]) {
        case .all: return catalog.accelerators
        case .ids(let ids): return try ids.map { try catalog.accelerator($0) }
        }
    }

    /// The sizes to try as a function of an accelerator's scale-up domain: ``ClusterSizes`` over a range, else the
    /// count or list as given.
    static func sizeRule(_ fields: InputFields) throws -> @Sendable (Int) -> [Int] {
        guard let value = fields[Field.gpuRange.key] else {
            return { ClusterSizes.candidates(low: defaultRange.low, high: defaultRange.high, domain: $0) }
        }
        switch try GPUCounts.parse(
            value, field: .gpuRange, bounds: Field.gpuRange.bounds,
            origin: fields.origins["gpus"])
        {
        case .single(let n): return { _ in [n] }
        case .list(let list):
            let sizes = Array(Set(list)).sorted()
            return { _ in sizes }
        case .range(let low, let high): return { ClusterSizes.candidates(low: low, high: high, domain: $0) }
        }
    }

    /// The run on `accelerator` as `reckon train` builds it (its economics step included); nil when the accelerator
    /// publishes no peak at `precision`. `count`, `mfu` and `failureOverhead` are placeholders the search replaces.
    static func candidateNumbers(
        _ accelerator: AcceleratorSpec, model: ModelSpec, tokens: Tokens, precision: Precision,
        step: inout TrainRequest.Steps
    ) throws -> TrainingNumbers? {
        let economics = try step.economics(accelerator: accelerator)
        guard accelerator.peak(at: precision) != nil else { return nil }
        let scenario = try TrainingScenario(
            model: model, tokens: tokens, rule: .sixND, accelerator: accelerator,
            count: 1, precision: precision, mfu: 1, economics: economics)
        return scenario.numbers
    }

    /// The failure overhead at each size (`reckon train`'s: the preset's baseline with model-state checkpoints),
    /// `.infinity` with the failure model's reason where the run never finishes; all 1 with `no_failures`.
    static func failureOverheads(
        _ sizes: [Int], model: ModelSpec, precision: Precision,
        step: TrainRequest.Steps
    ) throws -> ([Int: Double], [Int: String], String?) {
        var overheads: [Int: Double] = [:]
        var notes: [Int: String] = [:]
        guard try step.fields.flag(.noFailures) != true else {
            for n in sizes { overheads[n] = 1 }
            return (overheads, notes, nil)
        }
        let preset = try step.fields.word(.failures) ?? FailurePreset.defaultPreset().rawValue
        for n in sizes {
            let hardware = TrainRequest.Steps.Hardware(
                accelerator: AcceleratorSpec(
                    id: "-", name: "-", vendor: "-", year: 2000, peak: [:], source: "-", asOf: "-"),
                count: n, precision: precision, mfu: 1)
            do {
                overheads[n] = try step.failures(model: model, hardware: hardware)?.overheadFactor ?? 1
            } catch let e as InputError {
                overheads[n] = .infinity
                notes[n] = e.description
            }
        }
        return (overheads, notes, preset)
    }
}
