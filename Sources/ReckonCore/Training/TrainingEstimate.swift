import ReckonUnits

/// What a training run takes: compute, time, accelerator-hours, money, energy, emissions (the numbers of
/// ``TrainingFigures``, read through as `estimate.wallClock` etc.), and the derivation of each.
@dynamicMemberLookup
public struct TrainingEstimate: Sendable, Hashable {
    public var scenario: TrainingScenario
    /// The numbers: compute, tokens, throughput, compute and wall-clock time, accelerator time, costs, energy,
    /// emissions.
    public var figures: TrainingFigures
    public var derivation: [DerivationStep]

    public subscript<T>(dynamicMember keyPath: WritableKeyPath<TrainingFigures, T>) -> T {
        get { figures[keyPath: keyPath] }
        set { figures[keyPath: keyPath] = newValue }
    }
}

extension TrainingScenario {
    /// Estimates compute, time, cost, energy and emissions of this run.
    ///
    /// ```
    /// C      = 6·N·D   (or the rule chosen)                                  FLOP
    /// t      = C / (n · F_peak · MFU) · f_fail                                s
    /// GPU-h  = n · t / 3600                                                   h
    /// rent   = GPU-h · p_rent                                                 USD
    /// E      = n · TDP · u · PUE · t                                          J
    /// own    = n · price · t / life + E · p_kWh                               USD
    /// CO2    = E · I_grid                                                     kg
    /// ```
    /// - `n`: accelerators; `F_peak`: dense peak at the chosen precision, FLOP/s; `MFU`: model FLOPs
    ///   utilization; `f_fail`: failure overhead (1 when failures are not counted); `u`: average
    ///   draw as a fraction of TDP; `PUE`: facility overhead; `life`: amortization life.
    /// - Missing data is not filled: without a rental price there is no `rent`; without a published TDP there
    ///   is no `E`, no `CO2` and no `own` (the fields are nil and the derivation omits their steps).
    ///
    /// Source: Kaplan et al. 2020; Hoffmann et al. 2022; MFU as defined by Chowdhery et al. 2022.
    ///
    /// The numbers come from ``figures()`` (one code path for both); this adds the derivation text.
    public func estimate() -> TrainingEstimate {
        let f = figures()
        var steps: [DerivationStep] = []
        let active = model.activeParameters
        switch rule {
        case .sixND:
            steps.append(
                .init(
                    name: "compute", formula: "C = 6 · N_active · D = 6 × \(fmt(active.value)) × \(fmt(tokens.value))",
                    value: f.compute.value, unit: "FLOP", source: Sources.kaplan2020))
        case .sixNDWithAttention:
            let base = TrainingCompute.sixND(active: active, tokens: tokens)
            let attention = TrainingCompute.attention(
                layers: model.layers!, context: model.contextLength!,
                hiddenSize: model.hiddenSize!, tokens: tokens)
            steps.append(
                .init(
                    name: "compute_dense", formula: "6 · N_active · D", value: base.value, unit: "FLOP",
                    source: Sources.kaplan2020))
            steps.append(
                .init(
                    name: "compute_attention", formula: "6 · L · n_ctx · d_model · D", value: attention.value,
                    unit: "FLOP", source: Sources.kaplan2020))
            steps.append(
                .init(
                    name: "compute", formula: "C = 6·N·D + 6·L·n_ctx·d·D", value: f.compute.value, unit: "FLOP",
                    source: Sources.kaplan2020))
        case .paperIdentity(let k):
            steps.append(
                .init(
                    name: "compute", formula: "C = 120 · P² / K = 120 × \(fmt(model.totalParameters.value))² / \(k)",
                    value: f.compute.value, unit: "FLOP", source: Sources.faraboschi2024))
        }
        let peak = accelerator.peak(at: precision)!
        steps.append(
            .init(
                name: "cluster_throughput", formula: "n · F_peak · MFU = \(count) × \(peak.formatted) × \(fmt(mfu))",
                value: f.clusterThroughput.value, unit: "FLOP/s", source: Sources.chowdhery2022))
        steps.append(
            .init(
                name: "compute_time", formula: "C / (n · F_peak · MFU)", value: f.computeTime.inDays, unit: "days",
                source: Sources.definition))
        if failureOverhead != 1 {
            steps.append(
                .init(
                    name: "wall_clock", formula: "compute_time × f_fail (f_fail = \(fmt(failureOverhead)))",
                    value: f.wallClock.inDays, unit: "days", source: Sources.faraboschiTable3))
        }
        steps.append(
            .init(
                name: "accelerator_hours", formula: "n · t_wall / 3600", value: f.acceleratorTime.inHours, unit: "h",
                source: Sources.definition))
        if let price = economics.rentalPrice, let rental = f.rentalCost {
            steps.append(
                .init(
                    name: "cost_rental", formula: "accelerator_hours × \(price.formatted)", value: rental.value,
                    unit: "USD", source: Sources.definition))
        }
        if let tdp = accelerator.tdp, let energy = f.energy {
            steps.append(
                .init(
                    name: "energy",
                    formula: "n · TDP · u · PUE · t_wall (TDP \(tdp.formatted), PUE \(fmt(economics.pue)))",
                    value: energy.inKilowattHours, unit: "kWh", source: Sources.definition))
        }
        if let price = economics.purchasePrice, let ownership = f.ownershipCost {
            steps.append(
                .init(
                    name: "cost_ownership",
                    formula:
                        "n · price · t_wall / life + energy × tariff (price \(price.formatted), life "
                        + "\(fmt(economics.amortizationLife.inYears)) y)",
                    value: ownership.value, unit: "USD", source: Sources.definition))
        }
        if let emissions = f.emissions {
            steps.append(
                .init(
                    name: "co2",
                    formula:
                        "energy × grid intensity (\(fmt(economics.gridIntensity.inKilogramsPerKilowattHour)) kg/kWh)",
                    value: emissions.value, unit: "kg CO2e", source: Sources.definition))
        }
        return TrainingEstimate(scenario: self, figures: f, derivation: steps)
    }
}

func fmt(_ x: Double) -> String { NumberFormat.compact(x) }
