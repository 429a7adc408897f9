import ReckonAnalysis
import ReckonCore

// Generated from shared/ground-truth/dev-2026/training_throughput.csv (91 rows; sources in each row and in
// dev-2026/README.md). Every row is here, modelled or not; interpretation rules are documented on
// `GroundTruth.devSet2026`. `DevelopmentSetTests` checks these values against the CSV fixture.
extension GroundTruth {
    /// The 91 training rows of `dev-2026/training_throughput.csv`, one ``ValidationCase`` each.
    ///
    /// How a row becomes a case (README caveats applied):
    /// - metric: tokens/s per GPU where printed; otherwise NeMo's model TFLOP/s (long-context table) through
    ///   NeMo's Llama 2 FLOP formula (``ValidationMetric/nemoModelTFLOPsPerGPU``), or the Megatron-Core MoE README's
    ///   TFLOP/s through Megatron-LM's formula (``ValidationMetric/megatronMoETFLOPsPerGPU``); rows with neither are
    ///   listed as not modelled.
    /// - plan: the printed TP, PP, VPP, CP, EP and micro-batch; `dp = GPUs/(TP·PP·CP)`, EP inside the data-parallel
    ///   ranks (Megatron-Core); FSDP2/Megatron FSDP → ZeRO 3, distributed optimizer → ZeRO 1; recomputation as
    ///   printed (layer/op SAC → selective); anything unprinted (expert TP, the overlapped all-to-all schedule) is
    ///   chosen by the search, as for Megatron's Table 1.
    /// - shapes of mixtures of experts: the catalog's (DeepSeek-V3, Qwen3, GPT-OSS, Mixtral: the released
    ///   configurations torchtitan's model files copy), with MTP as printed; routing balanced (`λ = 1`, the
    ///   benchmarks force-balance tokens, README).
    /// - precision: FP8 → FP8 with the printed recipe (``FP8Recipe``: FP8-CS and torchao tensorwise → tensorwise,
    ///   MXFP8 → mxfp8, DeepSeek's 128×128/1×128 → blockwise, NeMo 24.x → delayed); NVFP4 is not a training
    ///   precision of the model yet.
    /// - hardware: the catalog entry; Meta's H100 are 96 GB HBM2e parts at 500 W (README): modelled as the
    ///   catalog's H100 SXM with 96 GB and rated clocks, so these rows are expected to come out fast and are
    ///   not used for calibration; the same for torchao's power-limited B200 and the MI300X.
    /// - framework: torchtitan rows → `torchtitan` (async TP overlap and FP8 all-gather as printed);
    ///   Megatron-Bridge, NeMo and Megatron-Core rows → `megatron-core` / `nemo`.
    static let devSet2026: [ValidationCase] = [
        dev(
            "TT24-T1-1", "torchtitan 2024-12 H100",
            "Llama 3.1 8B, 8 H100 96GB HBM2e SXM (FSDP)",
            shape: shape(L: 32, h: 4096, a: 32, kv: 8, f: 14336, V: 128256, s: 8192), gpu: .h100At500W, gpus: 8,
            batch: 16, tp: 1, pp: 1, b: 2, recompute: .selective, zero: 3,
            framework: .torchtitan(asyncTP: false, fp8Gather: false), metric: .tokensPerSecondPerGPU,
            published: 5762.0, calibration: false,
            source: "pytorch/torchtitan@b5bcd76c benchmarks/llama3_h100_202412_torchtitan.md (same tables first "
                + "published in docs/performance.md @ d4c86e37, 2025-01-30); shape: "
                + "pytorch/torchtitan@9dec370a torchtitan/models/llama/__init__.py (+ FFN rule in "
                + "torchtitan/models/llama/model.py); vocab: pytorch/torchtitan@b5bcd76c "
                + "torchtitan/models/llama3/__init__.py",
            note: "Meta's 96 GB HBM2e H100 at 500 W, modelled at rated clocks: not used for calibration"),
        dev(
            "TT24-T1-2", "torchtitan 2024-12 H100",
            "Llama 3.1 8B, 8 H100 96GB HBM2e SXM (FSDP + torch.compile)",
            shape: shape(L: 32, h: 4096, a: 32, kv: 8, f: 14336, V: 128256, s: 8192), gpu: .h100At500W, gpus: 8,
            batch: 16, tp: 1, pp: 1, b: 2, recompute: .selective, zero: 3,
            framework: .torchtitan(asyncTP: false, fp8Gather: false), metric: .tokensPerSecondPerGPU,
            published: 6667.0, calibration: false,
            source: "pytorch/torchtitan@b5bcd76c benchmarks/llama3_h100_202412_torchtitan.md (same tables first "
                + "published in docs/performance.md @ d4c86e37, 2025-01-30); shape: "
                + "pytorch/torchtitan@9dec370a torchtitan/models/llama/__init__.py (+ FFN rule in "
                + "torchtitan/models/llama/model.py); vocab: pytorch/torchtitan@b5bcd76c "
                + "torchtitan/models/llama3/__init__.py",
            note: "Meta's 96 GB HBM2e H100 at 500 W, modelled at rated clocks: not used for calibration"),
        dev(
            "TT24-T1-3", "torchtitan 2024-12 H100",
            "Llama 3.1 8B, 8 H100 96GB HBM2e SXM (FSDP + torch.compile + Float8)",
            shape: shape(L: 32, h: 4096, a: 32, kv: 8, f: 14336, V: 128256, s: 8192), gpu: .h100At500W, gpus: 8,
            batch: 16, tp: 1, pp: 1, b: 2, recompute: .selective, zero: 3, fp8: true, recipe: .tensorwise,
            framework: .torchtitan(asyncTP: false, fp8Gather: true), metric: .tokensPerSecondPerGPU,
            published: 8532.0, calibration: false,
            source: "pytorch/torchtitan@b5bcd76c benchmarks/llama3_h100_202412_torchtitan.md (same tables first "
                + "published in docs/performance.md @ d4c86e37, 2025-01-30); shape: "
                + "pytorch/torchtitan@9dec370a torchtitan/models/llama/__init__.py (+ FFN rule in "
                + "torchtitan/models/llama/model.py); vocab: pytorch/torchtitan@b5bcd76c "
                + "torchtitan/models/llama3/__init__.py",
            note: "Meta's 96 GB HBM2e H100 at 500 W, modelled at rated clocks: not used for calibration"),
        dev(
            "TT24-T2-1", "torchtitan 2024-12 H100",
            "Llama 3.1 8B, 8 H100 96GB HBM2e SXM (torch.compile + Float8 + context parallel)",
            shape: shape(L: 32, h: 4096, a: 32, kv: 8, f: 14336, V: 128256, s: 32768), gpu: .h100At500W, gpus: 8,
            batch: 8, tp: 1, pp: 1, b: 1, recompute: .full, zero: 3, fp8: true, recipe: .tensorwise,
            framework: .torchtitan(asyncTP: false, fp8Gather: true), metric: .tokensPerSecondPerGPU,
            published: 3890.0, calibration: false,
            source: "pytorch/torchtitan@b5bcd76c benchmarks/llama3_h100_202412_torchtitan.md (same tables first "
                + "published in docs/performance.md @ d4c86e37, 2025-01-30); shape: "
                + "pytorch/torchtitan@9dec370a torchtitan/models/llama/__init__.py (+ FFN rule in "
                + "torchtitan/models/llama/model.py); vocab: pytorch/torchtitan@b5bcd76c "
                + "torchtitan/models/llama3/__init__.py",
            note: "Meta's 96 GB HBM2e H100 at 500 W, modelled at rated clocks: not used for calibration"),
        dev(
            "TT24-T2-2", "torchtitan 2024-12 H100",
            "Llama 3.1 8B, 8 H100 96GB HBM2e SXM (torch.compile + Float8 + context parallel)",
            shape: shape(L: 32, h: 4096, a: 32, kv: 8, f: 14336, V: 128256, s: 65536), gpu: .h100At500W, gpus: 8,
            batch: 4, tp: 1, pp: 1, cp: 2, b: 1, recompute: .full, zero: 3, fp8: true, recipe: .tensorwise,
            framework: .torchtitan(asyncTP: false, fp8Gather: true), metric: .tokensPerSecondPerGPU,
            published: 2540.0, calibration: false,
            source: "pytorch/torchtitan@b5bcd76c benchmarks/llama3_h100_202412_torchtitan.md (same tables first "
                + "published in docs/performance.md @ d4c86e37, 2025-01-30); shape: "
                + "pytorch/torchtitan@9dec370a torchtitan/models/llama/__init__.py (+ FFN rule in "
                + "torchtitan/models/llama/model.py); vocab: pytorch/torchtitan@b5bcd76c "
                + "torchtitan/models/llama3/__init__.py",
            note: "Meta's 96 GB HBM2e H100 at 500 W, modelled at rated clocks: not used for calibration"),
        dev(
            "TT24-T2-3", "torchtitan 2024-12 H100",
            "Llama 3.1 8B, 8 H100 96GB HBM2e SXM (torch.compile + Float8 + context parallel)",
            shape: shape(L: 32, h: 4096, a: 32, kv: 8, f: 14336, V: 128256, s: 131072), gpu: .h100At500W, gpus: 8,
            batch: 2, tp: 1, pp: 1, cp: 4, b: 1, recompute: .full, zero: 3, fp8: true, recipe: .tensorwise,
            framework: .torchtitan(asyncTP: false, fp8Gather: true), metric: .tokensPerSecondPerGPU,
            published: 1071.0, calibration: false,
            source: "pytorch/torchtitan@b5bcd76c benchmarks/llama3_h100_202412_torchtitan.md (same tables first "
                + "published in docs/performance.md @ d4c86e37, 2025-01-30); shape: "
                + "pytorch/torchtitan@9dec370a torchtitan/models/llama/__init__.py (+ FFN rule in "
                + "torchtitan/models/llama/model.py); vocab: pytorch/torchtitan@b5bcd76c "
                + "torchtitan/models/llama3/__init__.py",
            note: "Meta's 96 GB HBM2e H100 at 500 W, modelled at rated clocks: not used for calibration"),
        dev(
            "TT24-T2-4", "torchtitan 2024-12 H100",
            "Llama 3.1 8B, 8 H100 96GB HBM2e SXM (torch.compile + Float8 + context parallel)",
            shape: shape(L: 32, h: 4096, a: 32, kv: 8, f: 14336, V: 128256, s: 262144), gpu: .h100At500W, gpus: 8,
            batch: 1, tp: 1, pp: 1, cp: 8, b: 1, recompute: .full, zero: 3, fp8: true, recipe: .tensorwise,
            framework: .torchtitan(asyncTP: false, fp8Gather: true), metric: .tokensPerSecondPerGPU,
            published: 548.0, calibration: false,
            source: "pytorch/torchtitan@b5bcd76c benchmarks/llama3_h100_202412_torchtitan.md (same tables first "
                + "published in docs/performance.md @ d4c86e37, 2025-01-30); shape: "
                + "pytorch/torchtitan@9dec370a torchtitan/models/llama/__init__.py (+ FFN rule in "
                + "torchtitan/models/llama/model.py); vocab: pytorch/torchtitan@b5bcd76c "
                + "torchtitan/models/llama3/__init__.py",
            note: "Meta's 96 GB HBM2e H100 at 500 W, modelled at rated clocks: not used for calibration"),
        dev(
            "TT24-T3-1", "torchtitan 2024-12 H100",
            "Llama 3.1 8B, 128 H100 96GB HBM2e SXM (FSDP)",
            shape: shape(L: 32, h: 4096, a: 32, kv: 8, f: 14336, V: 128256, s: 8192), gpu: .h100At500W, gpus: 128,
            batch: 256, tp: 1, pp: 1, b: 2, recompute: .selective, zero: 3,
            framework: .torchtitan(asyncTP: false, fp8Gather: false), metric: .tokensPerSecondPerGPU,
            published: 5605.0, calibration: false,
            source: "pytorch/torchtitan@b5bcd76c benchmarks/llama3_h100_202412_torchtitan.md (same tables first "
                + "published in docs/performance.md @ d4c86e37, 2025-01-30); shape: "
                + "pytorch/torchtitan@9dec370a torchtitan/models/llama/__init__.py (+ FFN rule in "
                + "torchtitan/models/llama/model.py); vocab: pytorch/torchtitan@b5bcd76c "
                + "torchtitan/models/llama3/__init__.py",
            note: "Meta's 96 GB HBM2e H100 at 500 W, modelled at rated clocks: not used for calibration"),
        dev(
            "TT24-T3-2", "torchtitan 2024-12 H100",
            "Llama 3.1 8B, 128 H100 96GB HBM2e SXM (FSDP + torch.compile)",
            shape: shape(L: 32, h: 4096, a: 32, kv: 8, f: 14336, V: 128256, s: 8192), gpu: .h100At500W, gpus: 128,
            batch: 256, tp: 1, pp: 1, b: 2, recompute: .selective, zero: 3,
            framework: .torchtitan(asyncTP: false, fp8Gather: false), metric: .tokensPerSecondPerGPU,
            published: 6514.0, calibration: false,
            source: "pytorch/torchtitan@b5bcd76c benchmarks/llama3_h100_202412_torchtitan.md (same tables first "
                + "published in docs/performance.md @ d4c86e37, 2025-01-30); shape: "
                + "pytorch/torchtitan@9dec370a torchtitan/models/llama/__init__.py (+ FFN rule in "
                + "torchtitan/models/llama/model.py); vocab: pytorch/torchtitan@b5bcd76c "
                + "torchtitan/models/llama3/__init__.py",
            note: "Meta's 96 GB HBM2e H100 at 500 W, modelled at rated clocks: not used for calibration"),
        dev(
            "TT24-T3-3", "torchtitan 2024-12 H100",
            "Llama 3.1 8B, 128 H100 96GB HBM2e SXM (FSDP + torch.compile + Float8)",
            shape: shape(L: 32, h: 4096, a: 32, kv: 8, f: 14336, V: 128256, s: 8192), gpu: .h100At500W, gpus: 128,
            batch: 256, tp: 1, pp: 1, b: 2, recompute: .selective, zero: 3, fp8: true, recipe: .tensorwise,
            framework: .torchtitan(asyncTP: false, fp8Gather: true), metric: .tokensPerSecondPerGPU,
            published: 8380.0, calibration: false,
            source: "pytorch/torchtitan@b5bcd76c benchmarks/llama3_h100_202412_torchtitan.md (same tables first "
                + "published in docs/performance.md @ d4c86e37, 2025-01-30); shape: "
                + "pytorch/torchtitan@9dec370a torchtitan/models/llama/__init__.py (+ FFN rule in "
                + "torchtitan/models/llama/model.py); vocab: pytorch/torchtitan@b5bcd76c "
                + "torchtitan/models/llama3/__init__.py",
            note: "Meta's 96 GB HBM2e H100 at 500 W, modelled at rated clocks: not used for calibration"),
        dev(
            "TT24-T4-1", "torchtitan 2024-12 H100",
            "Llama 3.1 70B, 256 H100 96GB HBM2e SXM (torch.compile + Float8)",
            shape: shape(L: 80, h: 8192, a: 64, kv: 8, f: 28672, V: 128256, s: 8192), gpu: .h100At500W, gpus: 256,
            batch: 512, tp: 8, pp: 1, b: 16, recompute: .full, zero: 3, fp8: true, recipe: .tensorwise,
            framework: .torchtitan(asyncTP: false, fp8Gather: true), metric: .tokensPerSecondPerGPU,
            published: 829.0, calibration: false,
            source: "pytorch/torchtitan@b5bcd76c benchmarks/llama3_h100_202412_torchtitan.md (same tables first "
                + "published in docs/performance.md @ d4c86e37, 2025-01-30); shape: "
                + "pytorch/torchtitan@9dec370a torchtitan/models/llama/__init__.py (+ FFN rule in "
                + "torchtitan/models/llama/model.py); vocab: pytorch/torchtitan@b5bcd76c "
                + "torchtitan/models/llama3/__init__.py",
            note: "Meta's 96 GB HBM2e H100 at 500 W, modelled at rated clocks: not used for calibration"),
        dev(
            "TT24-T4-2", "torchtitan 2024-12 H100",
            "Llama 3.1 70B, 256 H100 96GB HBM2e SXM (torch.compile + Float8)",
            shape: shape(L: 80, h: 8192, a: 64, kv: 8, f: 28672, V: 128256, s: 8192), gpu: .h100At500W, gpus: 256,
            batch: 512, tp: 8, pp: 1, b: 16, recompute: .full, zero: 3, fp8: true, recipe: .tensorwise,
            framework: .torchtitan(asyncTP: true, fp8Gather: true), metric: .tokensPerSecondPerGPU, published: 876.0,
            calibration: false,
            source: "pytorch/torchtitan@b5bcd76c benchmarks/llama3_h100_202412_torchtitan.md (same tables first "
                + "published in docs/performance.md @ d4c86e37, 2025-01-30); shape: "
                + "pytorch/torchtitan@9dec370a torchtitan/models/llama/__init__.py (+ FFN rule in "
                + "torchtitan/models/llama/model.py); vocab: pytorch/torchtitan@b5bcd76c "
                + "torchtitan/models/llama3/__init__.py",
            note: "Meta's 96 GB HBM2e H100 at 500 W, modelled at rated clocks: not used for calibration"),
        dev(
            "TT24-T5-1", "torchtitan 2024-12 H100",
            "Llama 3.1 405B, 512 H100 96GB HBM2e SXM (torch.compile + Float8 + AsyncTP)",
            shape: shape(L: 126, h: 16384, a: 128, kv: 8, f: 53248, V: 128256, s: 8192), gpu: .h100At500W, gpus: 512,
            batch: 256, tp: 8, pp: 8, b: 4, recompute: .full, zero: 3, fp8: true, recipe: .tensorwise,
            framework: .torchtitan(asyncTP: true, fp8Gather: true), metric: .tokensPerSecondPerGPU, published: 100.0,
            calibration: false,
            source: "pytorch/torchtitan@b5bcd76c benchmarks/llama3_h100_202412_torchtitan.md (same tables first "
                + "published in docs/performance.md @ d4c86e37, 2025-01-30); shape: "
                + "pytorch/torchtitan@9dec370a torchtitan/models/llama/__init__.py (+ FFN rule in "
                + "torchtitan/models/llama/model.py); vocab: pytorch/torchtitan@b5bcd76c "
                + "torchtitan/models/llama3/__init__.py",
            note: "micro-batch 4: torchtitan's default of as many micro-batches as stages (8) of the local "
                + "batch 32; Meta's 96 GB HBM2e H100 at 500 W, modelled at rated clocks: not used for "
                + "calibration"),
        dev(
            "TT24-T5-2", "torchtitan 2024-12 H100",
            "Llama 3.1 405B, 512 H100 96GB HBM2e SXM (torch.compile + Float8 + AsyncTP)",
            shape: shape(L: 126, h: 16384, a: 128, kv: 8, f: 53248, V: 128256, s: 8192), gpu: .h100At500W, gpus: 512,
            batch: 256, tp: 8, pp: 8, b: 4, recompute: .full, zero: 3, fp8: true, recipe: .tensorwise,
            framework: .torchtitan(asyncTP: true, fp8Gather: true), metric: .tokensPerSecondPerGPU, published: 128.0,
            calibration: false,
            source: "pytorch/torchtitan@b5bcd76c benchmarks/llama3_h100_202412_torchtitan.md (same tables first "
                + "published in docs/performance.md @ d4c86e37, 2025-01-30); shape: "
                + "pytorch/torchtitan@9dec370a torchtitan/models/llama/__init__.py (+ FFN rule in "
                + "torchtitan/models/llama/model.py); vocab: pytorch/torchtitan@b5bcd76c "
                + "torchtitan/models/llama3/__init__.py",
            note: "micro-batch 4: torchtitan's default of as many micro-batches as stages (8) of the local "
                + "batch 32; Meta's 96 GB HBM2e H100 at 500 W, modelled at rated clocks: not used for "
                + "calibration; interleaved, stages per rank not printed: chosen by the search"),
        dev(
            "TT24-T6-1", "torchtitan 2024-12 H100",
            "Llama 3.1 405B, 512 H100 96GB HBM2e SXM (torch.compile + Float8 + AsyncTP + 1F1B)",
            shape: shape(L: 126, h: 16384, a: 128, kv: 8, f: 53248, V: 128256, s: 32768), gpu: .h100At500W,
            gpus: 512, batch: 64, tp: 8, pp: 8, b: 1, recompute: .full, zero: 3, fp8: true, recipe: .tensorwise,
            framework: .torchtitan(asyncTP: true, fp8Gather: true), metric: .tokensPerSecondPerGPU, published: 76.0,
            calibration: false,
            source: "pytorch/torchtitan@b5bcd76c benchmarks/llama3_h100_202412_torchtitan.md (same tables first "
                + "published in docs/performance.md @ d4c86e37, 2025-01-30); shape: "
                + "pytorch/torchtitan@9dec370a torchtitan/models/llama/__init__.py (+ FFN rule in "
                + "torchtitan/models/llama/model.py); vocab: pytorch/torchtitan@b5bcd76c "
                + "torchtitan/models/llama3/__init__.py",
            note: "micro-batch 1: 8 micro-batches (torchtitan default) of the local batch 8; Meta's 96 GB "
                + "HBM2e H100 at 500 W, modelled at rated clocks: not used for calibration"),
        dev(
            "TT24-T6-2", "torchtitan 2024-12 H100",
            "Llama 3.1 405B, 512 H100 96GB HBM2e SXM (torch.compile + Float8 + AsyncTP + 1F1B)",
            shape: shape(L: 126, h: 16384, a: 128, kv: 8, f: 53248, V: 128256, s: 65536), gpu: .h100At500W,
            gpus: 512, batch: 32, tp: 8, pp: 8, cp: 2, b: 1, recompute: .full, zero: 3, fp8: true, recipe: .tensorwise,
            framework: .torchtitan(asyncTP: true, fp8Gather: true), metric: .tokensPerSecondPerGPU, published: 47.0,
            calibration: false,
            source: "pytorch/torchtitan@b5bcd76c benchmarks/llama3_h100_202412_torchtitan.md (same tables first "
                + "published in docs/performance.md @ d4c86e37, 2025-01-30); shape: "
                + "pytorch/torchtitan@9dec370a torchtitan/models/llama/__init__.py (+ FFN rule in "
                + "torchtitan/models/llama/model.py); vocab: pytorch/torchtitan@b5bcd76c "
                + "torchtitan/models/llama3/__init__.py",
            note: "micro-batch 1: 8 micro-batches (torchtitan default) of the local batch 8; Meta's 96 GB "
                + "HBM2e H100 at 500 W, modelled at rated clocks: not used for calibration"),
        dev(
            "TT24-T6-3", "torchtitan 2024-12 H100",
            "Llama 3.1 405B, 512 H100 96GB HBM2e SXM (torch.compile + Float8 + AsyncTP + 1F1B)",
            shape: shape(L: 126, h: 16384, a: 128, kv: 8, f: 53248, V: 128256, s: 131072), gpu: .h100At500W,
            gpus: 512, batch: 16, tp: 8, pp: 8, cp: 4, b: 1, recompute: .full, zero: 3, fp8: true, recipe: .tensorwise,
            framework: .torchtitan(asyncTP: true, fp8Gather: true), metric: .tokensPerSecondPerGPU, published: 31.0,
            calibration: false,
            source: "pytorch/torchtitan@b5bcd76c benchmarks/llama3_h100_202412_torchtitan.md (same tables first "
                + "published in docs/performance.md @ d4c86e37, 2025-01-30); shape: "
                + "pytorch/torchtitan@9dec370a torchtitan/models/llama/__init__.py (+ FFN rule in "
                + "torchtitan/models/llama/model.py); vocab: pytorch/torchtitan@b5bcd76c "
                + "torchtitan/models/llama3/__init__.py",
            note: "micro-batch 1: 8 micro-batches (torchtitan default) of the local batch 8; Meta's 96 GB "
                + "HBM2e H100 at 500 W, modelled at rated clocks: not used for calibration"),
        dev(
            "TT24-T6-4", "torchtitan 2024-12 H100",
            "Llama 3.1 405B, 512 H100 96GB HBM2e SXM (torch.compile + Float8 + AsyncTP + 1F1B)",
            shape: shape(L: 126, h: 16384, a: 128, kv: 8, f: 53248, V: 128256, s: 262144), gpu: .h100At500W,
            gpus: 512, batch: 8, tp: 8, pp: 8, cp: 8, b: 1, recompute: .full, zero: 3, fp8: true, recipe: .tensorwise,
            framework: .torchtitan(asyncTP: true, fp8Gather: true), metric: .tokensPerSecondPerGPU, published: 16.0,
            calibration: false,
            source: "pytorch/torchtitan@b5bcd76c benchmarks/llama3_h100_202412_torchtitan.md (same tables first "
                + "published in docs/performance.md @ d4c86e37, 2025-01-30); shape: "
                + "pytorch/torchtitan@9dec370a torchtitan/models/llama/__init__.py (+ FFN rule in "
                + "torchtitan/models/llama/model.py); vocab: pytorch/torchtitan@b5bcd76c "
                + "torchtitan/models/llama3/__init__.py",
            note: "micro-batch 1: 8 micro-batches (torchtitan default) of the local batch 8; Meta's 96 GB "
                + "HBM2e H100 at 500 W, modelled at rated clocks: not used for calibration"),
        dev(
            "TT-PERF-A100-1", "torchtitan docs/performance.md",
            "Llama 3 8B, 64 A100 80GB",
            shape: shape(L: 32, h: 4096, a: 32, kv: 8, f: 14336, V: 128256, s: 8192), gpu: .catalog("a100-80gb"),
            gpus: 64, batch: 64, tp: 1, pp: 1, b: 1, recompute: .selective, zero: 3,
            framework: .torchtitan(asyncTP: false, fp8Gather: false), metric: .tokensPerSecondPerGPU,
            published: 2904.0, calibration: true,
            source: "pytorch/torchtitan@9dec370a docs/performance.md (A100 table from 2024-04, 405B table from "
                + "2024-08); seq_len from train_configs/llama3_*.toml at 1ea476e9 / 3faaa1a0; shape: "
                + "pytorch/torchtitan@9dec370a torchtitan/models/llama/__init__.py (+ FFN rule in "
                + "torchtitan/models/llama/model.py); vocab: pytorch/torchtitan@b5bcd76c "
                + "torchtitan/models/llama3/__init__.py",
            note: ""),
        dev(
            "TT-PERF-A100-2", "torchtitan docs/performance.md",
            "Llama 3 8B, 64 A100 80GB",
            shape: shape(L: 32, h: 4096, a: 32, kv: 8, f: 14336, V: 128256, s: 8192), gpu: .catalog("a100-80gb"),
            gpus: 64, batch: 64, tp: 1, pp: 1, b: 1, recompute: .selective, zero: 3,
            framework: .torchtitan(asyncTP: false, fp8Gather: false), metric: .tokensPerSecondPerGPU,
            published: 2973.0, calibration: true,
            source: "pytorch/torchtitan@9dec370a docs/performance.md (A100 table from 2024-04, 405B table from "
                + "2024-08); seq_len from train_configs/llama3_*.toml at 1ea476e9 / 3faaa1a0; shape: "
                + "pytorch/torchtitan@9dec370a torchtitan/models/llama/__init__.py (+ FFN rule in "
                + "torchtitan/models/llama/model.py); vocab: pytorch/torchtitan@b5bcd76c "
                + "torchtitan/models/llama3/__init__.py",
            note: ""),
        dev(
            "TT-PERF-A100-3", "torchtitan docs/performance.md",
            "Llama 3 70B, 64 A100 80GB",
            shape: shape(L: 80, h: 8192, a: 64, kv: 8, f: 28672, V: 128256, s: 8192), gpu: .catalog("a100-80gb"),
            gpus: 64, batch: 64, tp: 1, pp: 1, b: 1, recompute: .full, zero: 3,
            framework: .torchtitan(asyncTP: false, fp8Gather: false), metric: .tokensPerSecondPerGPU,
            published: 331.0, calibration: true,
            source: "pytorch/torchtitan@9dec370a docs/performance.md (A100 table from 2024-04, 405B table from "
                + "2024-08); seq_len from train_configs/llama3_*.toml at 1ea476e9 / 3faaa1a0; shape: "
                + "pytorch/torchtitan@9dec370a torchtitan/models/llama/__init__.py (+ FFN rule in "
                + "torchtitan/models/llama/model.py); vocab: pytorch/torchtitan@b5bcd76c "
                + "torchtitan/models/llama3/__init__.py",
            note: ""),
        dev(
            "TT-PERF-405B-1", "torchtitan docs/performance.md",
            "Llama 3.1 405B, 128 H100 95GB HBM2e (none)",
            shape: shape(L: 126, h: 16384, a: 128, kv: 8, f: 53248, V: 128256, s: 8192), gpu: .h100At500W, gpus: 128,
            batch: 32, tp: 8, pp: 1, b: 2, recompute: .full, zero: 3,
            framework: .torchtitan(asyncTP: false, fp8Gather: false), metric: .tokensPerSecondPerGPU,
            published: 109.0, calibration: false,
            source: "pytorch/torchtitan@9dec370a docs/performance.md (A100 table from 2024-04, 405B table from "
                + "2024-08); seq_len from train_configs/llama3_*.toml at 1ea476e9 / 3faaa1a0; shape: "
                + "pytorch/torchtitan@9dec370a torchtitan/models/llama/__init__.py (+ FFN rule in "
                + "torchtitan/models/llama/model.py); vocab: pytorch/torchtitan@b5bcd76c "
                + "torchtitan/models/llama3/__init__.py",
            note: "Meta's 96 GB HBM2e H100 at 500 W, modelled at rated clocks: not used for calibration"),
        dev(
            "TT-PERF-405B-2", "torchtitan docs/performance.md",
            "Llama 3.1 405B, 128 H100 95GB HBM2e (Float8)",
            shape: shape(L: 126, h: 16384, a: 128, kv: 8, f: 53248, V: 128256, s: 8192), gpu: .h100At500W, gpus: 128,
            batch: 32, tp: 8, pp: 1, b: 2, recompute: .full, zero: 3, fp8: true, recipe: .tensorwise,
            framework: .torchtitan(asyncTP: false, fp8Gather: false), metric: .tokensPerSecondPerGPU,
            published: 177.0, calibration: false,
            source: "pytorch/torchtitan@9dec370a docs/performance.md (A100 table from 2024-04, 405B table from "
                + "2024-08); seq_len from train_configs/llama3_*.toml at 1ea476e9 / 3faaa1a0; shape: "
                + "pytorch/torchtitan@9dec370a torchtitan/models/llama/__init__.py (+ FFN rule in "
                + "torchtitan/models/llama/model.py); vocab: pytorch/torchtitan@b5bcd76c "
                + "torchtitan/models/llama3/__init__.py",
            note: "Meta's 96 GB HBM2e H100 at 500 W, modelled at rated clocks: not used for calibration"),
        dev(
            "TT-PERF-405B-3", "torchtitan docs/performance.md",
            "Llama 3.1 405B, 128 H100 95GB HBM2e (Float8 + Async TP)",
            shape: shape(L: 126, h: 16384, a: 128, kv: 8, f: 53248, V: 128256, s: 8192), gpu: .h100At500W, gpus: 128,
            batch: 32, tp: 8, pp: 1, b: 2, recompute: .full, zero: 3, fp8: true, recipe: .tensorwise,
            framework: .torchtitan(asyncTP: true, fp8Gather: false), metric: .tokensPerSecondPerGPU,
            published: 185.0, calibration: false,
            source: "pytorch/torchtitan@9dec370a docs/performance.md (A100 table from 2024-04, 405B table from "
                + "2024-08); seq_len from train_configs/llama3_*.toml at 1ea476e9 / 3faaa1a0; shape: "
                + "pytorch/torchtitan@9dec370a torchtitan/models/llama/__init__.py (+ FFN rule in "
                + "torchtitan/models/llama/model.py); vocab: pytorch/torchtitan@b5bcd76c "
                + "torchtitan/models/llama3/__init__.py",
            note: "Meta's 96 GB HBM2e H100 at 500 W, modelled at rated clocks: not used for calibration"),
        dev(
            "TT-ATP-70B-1", "torchtitan 2025-06 async TP",
            "Llama 3.1 70B, 256 H100 96GB HBM2e SXM (torch.compile)",
            shape: shape(L: 80, h: 8192, a: 64, kv: 8, f: 28672, V: 128256, s: 8192), gpu: .h100At500W, gpus: 256,
            batch: 512, tp: 8, pp: 1, b: 16, recompute: .full, zero: 3,
            framework: .torchtitan(asyncTP: false, fp8Gather: false), metric: .tokensPerSecondPerGPU,
            published: 597.3, calibration: false,
            source: "pytorch/torchtitan@b5bcd76c benchmarks/asyncTP_llama3_h100_2025-06_torchtitan.md; shape: "
                + "pytorch/torchtitan@9dec370a torchtitan/models/llama/__init__.py (+ FFN rule in "
                + "torchtitan/models/llama/model.py); vocab: pytorch/torchtitan@b5bcd76c "
                + "torchtitan/models/llama3/__init__.py",
            note: "Meta's 96 GB HBM2e H100 at 500 W, modelled at rated clocks: not used for calibration"),
        dev(
            "TT-ATP-70B-2", "torchtitan 2025-06 async TP",
            "Llama 3.1 70B, 256 H100 96GB HBM2e SXM (torch.compile)",
            shape: shape(L: 80, h: 8192, a: 64, kv: 8, f: 28672, V: 128256, s: 8192), gpu: .h100At500W, gpus: 256,
            batch: 512, tp: 8, pp: 1, b: 16, recompute: .full, zero: 3,
            framework: .torchtitan(asyncTP: true, fp8Gather: false), metric: .tokensPerSecondPerGPU,
            published: 652.4, calibration: false,
            source: "pytorch/torchtitan@b5bcd76c benchmarks/asyncTP_llama3_h100_2025-06_torchtitan.md; shape: "
                + "pytorch/torchtitan@9dec370a torchtitan/models/llama/__init__.py (+ FFN rule in "
                + "torchtitan/models/llama/model.py); vocab: pytorch/torchtitan@b5bcd76c "
                + "torchtitan/models/llama3/__init__.py",
            note: "Meta's 96 GB HBM2e H100 at 500 W, modelled at rated clocks: not used for calibration"),
        dev(
            "TT-ATP-70B-3", "torchtitan 2025-06 async TP",
            "Llama 3.1 70B, 256 H100 96GB HBM2e SXM (torch.compile)",
            shape: shape(L: 80, h: 8192, a: 64, kv: 8, f: 28672, V: 128256, s: 8192), gpu: .h100At500W, gpus: 256,
            batch: 512, tp: 8, pp: 1, b: 16, recompute: .full, zero: 3, fp8: true, recipe: .tensorwise,
            framework: .torchtitan(asyncTP: false, fp8Gather: true), metric: .tokensPerSecondPerGPU,
            published: 809.8, calibration: false,
            source: "pytorch/torchtitan@b5bcd76c benchmarks/asyncTP_llama3_h100_2025-06_torchtitan.md; shape: "
                + "pytorch/torchtitan@9dec370a torchtitan/models/llama/__init__.py (+ FFN rule in "
                + "torchtitan/models/llama/model.py); vocab: pytorch/torchtitan@b5bcd76c "
                + "torchtitan/models/llama3/__init__.py",
            note: "Meta's 96 GB HBM2e H100 at 500 W, modelled at rated clocks: not used for calibration"),
        dev(
            "TT-ATP-70B-4", "torchtitan 2025-06 async TP",
            "Llama 3.1 70B, 256 H100 96GB HBM2e SXM (torch.compile)",
            shape: shape(L: 80, h: 8192, a: 64, kv: 8, f: 28672, V: 128256, s: 8192), gpu: .h100At500W, gpus: 256,
            batch: 512, tp: 8, pp: 1, b: 16, recompute: .full, zero: 3, fp8: true, recipe: .tensorwise,
            framework: .torchtitan(asyncTP: true, fp8Gather: true), metric: .tokensPerSecondPerGPU, published: 942.4,
            calibration: false,
            source: "pytorch/torchtitan@b5bcd76c benchmarks/asyncTP_llama3_h100_2025-06_torchtitan.md; shape: "
                + "pytorch/torchtitan@9dec370a torchtitan/models/llama/__init__.py (+ FFN rule in "
                + "torchtitan/models/llama/model.py); vocab: pytorch/torchtitan@b5bcd76c "
                + "torchtitan/models/llama3/__init__.py",
            note: "Meta's 96 GB HBM2e H100 at 500 W, modelled at rated clocks: not used for calibration"),
        dev(
            "TT-ATP-8B-1", "torchtitan 2025-06 async TP",
            "Llama 3.1 8B, 64 H100 96GB HBM2e SXM (torch.compile)",
            shape: shape(L: 32, h: 4096, a: 32, kv: 8, f: 14336, V: 128256, s: 8192), gpu: .h100At500W, gpus: 64,
            batch: 96, tp: 8, pp: 1, b: 12, recompute: .selective, zero: 3,
            framework: .torchtitan(asyncTP: false, fp8Gather: false), metric: .tokensPerSecondPerGPU,
            published: 4378.0, calibration: false,
            source: "pytorch/torchtitan@b5bcd76c benchmarks/asyncTP_llama3_h100_2025-06_torchtitan.md; shape: "
                + "pytorch/torchtitan@9dec370a torchtitan/models/llama/__init__.py (+ FFN rule in "
                + "torchtitan/models/llama/model.py); vocab: pytorch/torchtitan@b5bcd76c "
                + "torchtitan/models/llama3/__init__.py",
            note: "Meta's 96 GB HBM2e H100 at 500 W, modelled at rated clocks: not used for calibration"),
        dev(
            "TT-ATP-8B-2", "torchtitan 2025-06 async TP",
            "Llama 3.1 8B, 64 H100 96GB HBM2e SXM (torch.compile)",
            shape: shape(L: 32, h: 4096, a: 32, kv: 8, f: 14336, V: 128256, s: 8192), gpu: .h100At500W, gpus: 64,
            batch: 96, tp: 8, pp: 1, b: 12, recompute: .selective, zero: 3,
            framework: .torchtitan(asyncTP: true, fp8Gather: false), metric: .tokensPerSecondPerGPU,
            published: 4809.4, calibration: false,
            source: "pytorch/torchtitan@b5bcd76c benchmarks/asyncTP_llama3_h100_2025-06_torchtitan.md; shape: "
                + "pytorch/torchtitan@9dec370a torchtitan/models/llama/__init__.py (+ FFN rule in "
                + "torchtitan/models/llama/model.py); vocab: pytorch/torchtitan@b5bcd76c "
                + "torchtitan/models/llama3/__init__.py",
            note: "Meta's 96 GB HBM2e H100 at 500 W, modelled at rated clocks: not used for calibration"),
        dev(
            "TT-TRAINY-H200-1", "torchtitan community benchmark (Trainy/WhiteFiber)",
            "Llama 3.1 8B, 32 H200 (torch.compile)",
            shape: shape(L: 32, h: 4096, a: 32, kv: 8, f: 14336, V: 128256, s: 8192), gpu: .catalog("h200"),
            gpus: 32, batch: 64, tp: 1, pp: 1, b: 2, recompute: .selective, zero: 3, fp8: true, recipe: .tensorwise,
            framework: .torchtitan(asyncTP: false, fp8Gather: true), metric: .tokensPerSecondPerGPU,
            published: 10938.0, calibration: true,
            source: "pytorch/torchtitan@b5bcd76c benchmarks/llama3-8b_h200_202506_trainy-whitefiber.md; config "
                + "pytorch/torchtitan@e7c0cae9 torchtitan/models/llama3/train_configs/llama3_8b.toml; shape: "
                + "pytorch/torchtitan@9dec370a torchtitan/models/llama/__init__.py (+ FFN rule in "
                + "torchtitan/models/llama/model.py); vocab: pytorch/torchtitan@b5bcd76c "
                + "torchtitan/models/llama3/__init__.py",
            note: ""),
        dev(
            "TT-TRAINY-H200-2", "torchtitan community benchmark (Trainy/WhiteFiber)",
            "Llama 3.1 8B, 64 H200 (torch.compile)",
            shape: shape(L: 32, h: 4096, a: 32, kv: 8, f: 14336, V: 128256, s: 8192), gpu: .catalog("h200"),
            gpus: 64, batch: 128, tp: 1, pp: 1, b: 2, recompute: .selective, zero: 3, fp8: true, recipe: .tensorwise,
            framework: .torchtitan(asyncTP: false, fp8Gather: true), metric: .tokensPerSecondPerGPU,
            published: 10753.0, calibration: true,
            source: "pytorch/torchtitan@b5bcd76c benchmarks/llama3-8b_h200_202506_trainy-whitefiber.md; config "
                + "pytorch/torchtitan@e7c0cae9 torchtitan/models/llama3/train_configs/llama3_8b.toml; shape: "
                + "pytorch/torchtitan@9dec370a torchtitan/models/llama/__init__.py (+ FFN rule in "
                + "torchtitan/models/llama/model.py); vocab: pytorch/torchtitan@b5bcd76c "
                + "torchtitan/models/llama3/__init__.py",
            note: ""),
        dev(
            "TAO-H100-1", "torchao e2e training benchmarks",
            "Llama 3 8B, 8 H100 (torch.compile)",
            shape: shape(L: 32, h: 4096, a: 32, kv: 8, f: 14336, V: 128256, s: 8192), gpu: .catalog("h100-sxm"),
            gpus: 8, batch: 8, tp: 1, pp: 1, b: 1, recompute: .selective, zero: 3,
            framework: .torchtitan(asyncTP: false, fp8Gather: false), metric: .tokensPerSecondPerGPU,
            published: 6150.0, calibration: false,
            source: "pytorch/ao@853f87d1 torchao/float8/README.md (section 'Training benchmarks'; same tables at "
                + "pytorch/ao@36027d82 docs/source/workflows/training.md); shape: pytorch/torchtitan@9dec370a "
                + "torchtitan/models/llama/__init__.py (+ FFN rule in torchtitan/models/llama/model.py); "
                + "vocab: pytorch/torchtitan@b5bcd76c torchtitan/models/llama3/__init__.py",
            note: "torchao benchmark hardware (power-limited B200, MI300X software stack): not used for "
                + "calibration"),
        dev(
            "TAO-H100-2", "torchao e2e training benchmarks",
            "Llama 3 8B, 8 H100 (torch.compile)",
            shape: shape(L: 32, h: 4096, a: 32, kv: 8, f: 14336, V: 128256, s: 8192), gpu: .catalog("h100-sxm"),
            gpus: 8, batch: 8, tp: 1, pp: 1, b: 1, recompute: .selective, zero: 3, fp8: true, recipe: .tensorwise,
            framework: .torchtitan(asyncTP: false, fp8Gather: true), metric: .tokensPerSecondPerGPU,
            published: 7689.5, calibration: false,
            source: "pytorch/ao@853f87d1 torchao/float8/README.md (section 'Training benchmarks'; same tables at "
                + "pytorch/ao@36027d82 docs/source/workflows/training.md); shape: pytorch/torchtitan@9dec370a "
                + "torchtitan/models/llama/__init__.py (+ FFN rule in torchtitan/models/llama/model.py); "
                + "vocab: pytorch/torchtitan@b5bcd76c torchtitan/models/llama3/__init__.py",
            note: "torchao benchmark hardware (power-limited B200, MI300X software stack): not used for "
                + "calibration"),
        dev(
            "TAO-MI300X-1", "torchao e2e training benchmarks",
            "Llama 3 8B, 8 MI300X (torch.compile)",
            shape: shape(L: 32, h: 4096, a: 32, kv: 8, f: 14336, V: 128256, s: 8192), gpu: .catalog("mi300x"),
            gpus: 8, batch: 8, tp: 1, pp: 1, b: 1, recompute: .selective, zero: 3,
            framework: .torchtitan(asyncTP: false, fp8Gather: false), metric: .tokensPerSecondPerGPU,
            published: 5376.5, calibration: false,
            source: "pytorch/ao@853f87d1 torchao/float8/README.md (section 'Training benchmarks'; same tables at "
                + "pytorch/ao@36027d82 docs/source/workflows/training.md); shape: pytorch/torchtitan@9dec370a "
                + "torchtitan/models/llama/__init__.py (+ FFN rule in torchtitan/models/llama/model.py); "
                + "vocab: pytorch/torchtitan@b5bcd76c torchtitan/models/llama3/__init__.py",
            note: "torchao benchmark hardware (power-limited B200, MI300X software stack): not used for "
                + "calibration"),
        dev(
            "TAO-MI300X-2", "torchao e2e training benchmarks",
            "Llama 3 8B, 8 MI300X (torch.compile)",
            shape: shape(L: 32, h: 4096, a: 32, kv: 8, f: 14336, V: 128256, s: 8192), gpu: .catalog("mi300x"),
            gpus: 8, batch: 8, tp: 1, pp: 1, b: 1, recompute: .selective, zero: 3, fp8: true, recipe: .tensorwise,
            framework: .torchtitan(asyncTP: false, fp8Gather: true), metric: .tokensPerSecondPerGPU,
            published: 6166.0, calibration: false,
            source: "pytorch/ao@853f87d1 torchao/float8/README.md (section 'Training benchmarks'; same tables at "
                + "pytorch/ao@36027d82 docs/source/workflows/training.md); shape: pytorch/torchtitan@9dec370a "
                + "torchtitan/models/llama/__init__.py (+ FFN rule in torchtitan/models/llama/model.py); "
                + "vocab: pytorch/torchtitan@b5bcd76c torchtitan/models/llama3/__init__.py",
            note: "torchao benchmark hardware (power-limited B200, MI300X software stack): not used for "
                + "calibration"),
        dev(
            "TAO-B200-1", "torchao e2e training benchmarks",
            "Llama 3 8B, 8 B200 (torch.compile)",
            shape: shape(L: 32, h: 4096, a: 32, kv: 8, f: 14336, V: 128256, s: 8192), gpu: .catalog("b200"), gpus: 8,
            batch: 8, tp: 1, pp: 1, b: 1, recompute: .selective, zero: 3,
            framework: .torchtitan(asyncTP: false, fp8Gather: false), metric: .tokensPerSecondPerGPU,
            published: 8307.5, calibration: false,
            source: "pytorch/ao@d8bb51f6 torchao/prototype/mx_formats/README.md (also torchtitan@b5bcd76c "
                + "torchtitan/components/quantization/mxfp8.md); shape: pytorch/torchtitan@9dec370a "
                + "torchtitan/models/llama/__init__.py (+ FFN rule in torchtitan/models/llama/model.py); "
                + "vocab: pytorch/torchtitan@b5bcd76c torchtitan/models/llama3/__init__.py",
            note: "torchao benchmark hardware (power-limited B200, MI300X software stack): not used for "
                + "calibration"),
        dev(
            "TAO-B200-2", "torchao e2e training benchmarks",
            "Llama 3 8B, 8 B200 (torch.compile)",
            shape: shape(L: 32, h: 4096, a: 32, kv: 8, f: 14336, V: 128256, s: 8192), gpu: .catalog("b200"), gpus: 8,
            batch: 8, tp: 1, pp: 1, b: 1, recompute: .selective, zero: 3, fp8: true, recipe: .tensorwise,
            framework: .torchtitan(asyncTP: false, fp8Gather: true), metric: .tokensPerSecondPerGPU,
            published: 10417.0, calibration: false,
            source: "pytorch/ao@d8bb51f6 torchao/prototype/mx_formats/README.md (also torchtitan@b5bcd76c "
                + "torchtitan/components/quantization/mxfp8.md); shape: pytorch/torchtitan@9dec370a "
                + "torchtitan/models/llama/__init__.py (+ FFN rule in torchtitan/models/llama/model.py); "
                + "vocab: pytorch/torchtitan@b5bcd76c torchtitan/models/llama3/__init__.py",
            note: "torchao benchmark hardware (power-limited B200, MI300X software stack): not used for "
                + "calibration"),
        dev(
            "TAO-B200-3", "torchao e2e training benchmarks",
            "Llama 3 8B, 8 B200 (torch.compile)",
            shape: shape(L: 32, h: 4096, a: 32, kv: 8, f: 14336, V: 128256, s: 8192), gpu: .catalog("b200"), gpus: 8,
            batch: 8, tp: 1, pp: 1, b: 1, recompute: .selective, zero: 3, fp8: true, recipe: .mxfp8,
            framework: .torchtitan(asyncTP: false, fp8Gather: true), metric: .tokensPerSecondPerGPU,
            published: 9969.0, calibration: false,
            source: "pytorch/ao@d8bb51f6 torchao/prototype/mx_formats/README.md (also torchtitan@b5bcd76c "
                + "torchtitan/components/quantization/mxfp8.md); shape: pytorch/torchtitan@9dec370a "
                + "torchtitan/models/llama/__init__.py (+ FFN rule in torchtitan/models/llama/model.py); "
                + "vocab: pytorch/torchtitan@b5bcd76c torchtitan/models/llama3/__init__.py",
            note: "torchao benchmark hardware (power-limited B200, MI300X software stack): not used for "
                + "calibration"),
        dev(
            "MB2511-01", "Megatron-Bridge perf summary 25.11",
            "Llama 3 8B, 8 GB300",
            shape: shape(L: 32, h: 4096, a: 32, kv: 8, f: 14336, V: 128256, s: 8192),
            gpu: .catalog("gb300"), gpus: 8, batch: 128, tp: 1, pp: 1, b: 2, zero: 1, fp8: true, recipe: .tensorwise,
            framework: .nemo, metric: .tokensPerSecondPerGPU, published: 37556.0, calibration: true,
            source: "NVIDIA-NeMo/Megatron-Bridge@067f987d docs/performance-summary-archive.md, section '25.11 "
                + "NeMo Container' (first published @97ad8cc6 2025-12-04 with different values, later "
                + "revised); Llama shapes: shape: pytorch/torchtitan@9dec370a "
                + "torchtitan/models/llama/__init__.py (+ FFN rule in torchtitan/models/llama/model.py); "
                + "vocab: pytorch/torchtitan@b5bcd76c torchtitan/models/llama3/__init__.py; MoE shapes: "
                + "pytorch/torchtitan@b5bcd76c torchtitan/models/{deepseek_v3,qwen3,gpt_oss}/__init__.py "
                + "(671B, 30B-A3B, 235B-A22B, 120b flavors); DeepSeek 671B/37B active from "
                + "vllm-project/vllm-project.github.io _posts/2025-12-17-large-scale-serving.md",
            note: ""),
        dev(
            "MB2511-02", "Megatron-Bridge perf summary 25.11",
            "Llama 3 70B, 64 GB300",
            shape: shape(L: 80, h: 8192, a: 64, kv: 8, f: 28672, V: 128256, s: 8192),
            gpu: .catalog("gb300"), gpus: 64, batch: 256, tp: 1, pp: 1, v: 1, b: 2, zero: 3,
            fp8: true, recipe: .tensorwise, framework: .nemo, metric: .tokensPerSecondPerGPU, published: 4520.0,
            calibration: true,
            source: "NVIDIA-NeMo/Megatron-Bridge@067f987d docs/performance-summary-archive.md, section '25.11 "
                + "NeMo Container' (first published @97ad8cc6 2025-12-04 with different values, later "
                + "revised); Llama shapes: shape: pytorch/torchtitan@9dec370a "
                + "torchtitan/models/llama/__init__.py (+ FFN rule in torchtitan/models/llama/model.py); "
                + "vocab: pytorch/torchtitan@b5bcd76c torchtitan/models/llama3/__init__.py; MoE shapes: "
                + "pytorch/torchtitan@b5bcd76c torchtitan/models/{deepseek_v3,qwen3,gpt_oss}/__init__.py "
                + "(671B, 30B-A3B, 235B-A22B, 120b flavors); DeepSeek 671B/37B active from "
                + "vllm-project/vllm-project.github.io _posts/2025-12-17-large-scale-serving.md",
            note: ""),
        dev(
            "MB2511-03", "Megatron-Bridge perf summary 25.11",
            "Llama 3.1 405B, 256 GB300",
            shape: shape(L: 126, h: 16384, a: 128, kv: 8, f: 53248, V: 128256, s: 8192),
            gpu: .catalog("gb300"), gpus: 256, batch: 1536, tp: 2, pp: 8, v: 4, cp: 2, b: 1,
            zero: 1, fp8: true, recipe: .tensorwise, framework: .nemo, metric: .tokensPerSecondPerGPU, published: 999.0,
            calibration: true,
            source: "NVIDIA-NeMo/Megatron-Bridge@067f987d docs/performance-summary-archive.md, section '25.11 "
                + "NeMo Container' (first published @97ad8cc6 2025-12-04 with different values, later "
                + "revised); Llama shapes: shape: pytorch/torchtitan@9dec370a "
                + "torchtitan/models/llama/__init__.py (+ FFN rule in torchtitan/models/llama/model.py); "
                + "vocab: pytorch/torchtitan@b5bcd76c torchtitan/models/llama3/__init__.py; MoE shapes: "
                + "pytorch/torchtitan@b5bcd76c torchtitan/models/{deepseek_v3,qwen3,gpt_oss}/__init__.py "
                + "(671B, 30B-A3B, 235B-A22B, 120b flavors); DeepSeek 671B/37B active from "
                + "vllm-project/vllm-project.github.io _posts/2025-12-17-large-scale-serving.md",
            note: ""),
        dev(
            "MB2511-04", "Megatron-Bridge perf summary 25.11",
            "DeepSeek-V3 (w/o MTP), 256 GB300",
            shape: catalogShape("deepseek-v3", s: 4096),
            gpu: .catalog("gb300"), gpus: 256, batch: 4096, tp: 1, pp: 2, v: 4, ep: 32, b: 1,
            zero: 1, framework: .nemo, metric: .tokensPerSecondPerGPU, published: 3848.0, calibration: true,
            source: "NVIDIA-NeMo/Megatron-Bridge@067f987d docs/performance-summary-archive.md, section '25.11 "
                + "NeMo Container' (first published @97ad8cc6 2025-12-04 with different values, later "
                + "revised); Llama shapes: shape: pytorch/torchtitan@9dec370a "
                + "torchtitan/models/llama/__init__.py (+ FFN rule in torchtitan/models/llama/model.py); "
                + "vocab: pytorch/torchtitan@b5bcd76c torchtitan/models/llama3/__init__.py; MoE shapes: "
                + "pytorch/torchtitan@b5bcd76c torchtitan/models/{deepseek_v3,qwen3,gpt_oss}/__init__.py "
                + "(671B, 30B-A3B, 235B-A22B, 120b flavors); DeepSeek 671B/37B active from "
                + "vllm-project/vllm-project.github.io _posts/2025-12-17-large-scale-serving.md",
            note: ""),
        dev(
            "MB2511-05", "Megatron-Bridge perf summary 25.11",
            "DeepSeek-V3 (w/o MTP), 256 GB300",
            shape: catalogShape("deepseek-v3", s: 4096),
            gpu: .catalog("gb300"), gpus: 256, batch: 4096, tp: 1, pp: 2, v: 4, ep: 32, b: 1,
            zero: 1, fp8: true, recipe: .mxfp8, framework: .nemo, metric: .tokensPerSecondPerGPU, published: 4357.0,
            calibration: true,
            source: "NVIDIA-NeMo/Megatron-Bridge@067f987d docs/performance-summary-archive.md, section '25.11 "
                + "NeMo Container' (first published @97ad8cc6 2025-12-04 with different values, later "
                + "revised); Llama shapes: shape: pytorch/torchtitan@9dec370a "
                + "torchtitan/models/llama/__init__.py (+ FFN rule in torchtitan/models/llama/model.py); "
                + "vocab: pytorch/torchtitan@b5bcd76c torchtitan/models/llama3/__init__.py; MoE shapes: "
                + "pytorch/torchtitan@b5bcd76c torchtitan/models/{deepseek_v3,qwen3,gpt_oss}/__init__.py "
                + "(671B, 30B-A3B, 235B-A22B, 120b flavors); DeepSeek 671B/37B active from "
                + "vllm-project/vllm-project.github.io _posts/2025-12-17-large-scale-serving.md",
            note: ""),
        dev(
            "MB2511-06", "Megatron-Bridge perf summary 25.11",
            "GPT-OSS 120B, 64 GB300",
            shape: catalogShape("gpt-oss-120b", s: 8192),
            gpu: .catalog("gb300"), gpus: 64, batch: 1280, tp: 1, pp: 1, v: 1, ep: 64, b: 2,
            zero: 1, framework: .nemo, metric: .tokensPerSecondPerGPU, published: 18347.0, calibration: true,
            source: "NVIDIA-NeMo/Megatron-Bridge@067f987d docs/performance-summary-archive.md, section '25.11 "
                + "NeMo Container' (first published @97ad8cc6 2025-12-04 with different values, later "
                + "revised); Llama shapes: shape: pytorch/torchtitan@9dec370a "
                + "torchtitan/models/llama/__init__.py (+ FFN rule in torchtitan/models/llama/model.py); "
                + "vocab: pytorch/torchtitan@b5bcd76c torchtitan/models/llama3/__init__.py; MoE shapes: "
                + "pytorch/torchtitan@b5bcd76c torchtitan/models/{deepseek_v3,qwen3,gpt_oss}/__init__.py "
                + "(671B, 30B-A3B, 235B-A22B, 120b flavors); DeepSeek 671B/37B active from "
                + "vllm-project/vllm-project.github.io _posts/2025-12-17-large-scale-serving.md",
            note: "catalog shape (head_dim 64, alternating 128-token sliding windows); attention sinks and biases "
                + "left out; forced-balanced routing: λ = 1"),
        dev(
            "MB2511-07", "Megatron-Bridge perf summary 25.11",
            "Qwen3-30B-A3B, 8 GB300",
            shape: catalogShape("qwen3-30b-a3b", s: 4096),
            gpu: .catalog("gb300"), gpus: 8, batch: 512, tp: 1, pp: 1, v: 1, ep: 8, b: 4, zero: 1,
            fp8: true, recipe: .mxfp8, framework: .nemo, metric: .tokensPerSecondPerGPU, published: 28934.0,
            calibration: true,
            source: "NVIDIA-NeMo/Megatron-Bridge@067f987d docs/performance-summary-archive.md, section '25.11 "
                + "NeMo Container' (first published @97ad8cc6 2025-12-04 with different values, later "
                + "revised); Llama shapes: shape: pytorch/torchtitan@9dec370a "
                + "torchtitan/models/llama/__init__.py (+ FFN rule in torchtitan/models/llama/model.py); "
                + "vocab: pytorch/torchtitan@b5bcd76c torchtitan/models/llama3/__init__.py; MoE shapes: "
                + "pytorch/torchtitan@b5bcd76c torchtitan/models/{deepseek_v3,qwen3,gpt_oss}/__init__.py "
                + "(671B, 30B-A3B, 235B-A22B, 120b flavors); DeepSeek 671B/37B active from "
                + "vllm-project/vllm-project.github.io _posts/2025-12-17-large-scale-serving.md",
            note: "catalog shape (head_dim 128, query/key norms left out); forced-balanced routing: λ = 1"),
        dev(
            "MB2511-08", "Megatron-Bridge perf summary 25.11",
            "Qwen3-235B-A22B, 256 GB300",
            shape: catalogShape("qwen3-235b-a22b", s: 4096),
            gpu: .catalog("gb300"), gpus: 256, batch: 8192, tp: 1, pp: 4, v: 12, ep: 16, b: 2,
            zero: 1, framework: .nemo, metric: .tokensPerSecondPerGPU, published: 6131.0, calibration: true,
            source: "NVIDIA-NeMo/Megatron-Bridge@067f987d docs/performance-summary-archive.md, section '25.11 "
                + "NeMo Container' (first published @97ad8cc6 2025-12-04 with different values, later "
                + "revised); Llama shapes: shape: pytorch/torchtitan@9dec370a "
                + "torchtitan/models/llama/__init__.py (+ FFN rule in torchtitan/models/llama/model.py); "
                + "vocab: pytorch/torchtitan@b5bcd76c torchtitan/models/llama3/__init__.py; MoE shapes: "
                + "pytorch/torchtitan@b5bcd76c torchtitan/models/{deepseek_v3,qwen3,gpt_oss}/__init__.py "
                + "(671B, 30B-A3B, 235B-A22B, 120b flavors); DeepSeek 671B/37B active from "
                + "vllm-project/vllm-project.github.io _posts/2025-12-17-large-scale-serving.md",
            note: "catalog shape (head_dim 128, query/key norms left out); forced-balanced routing: λ = 1"),
        dev(
            "MB2511-09", "Megatron-Bridge perf summary 25.11",
            "Llama 3 8B, 8 GB200",
            shape: shape(L: 32, h: 4096, a: 32, kv: 8, f: 14336, V: 128256, s: 8192), gpu: .catalog("gb200"),
            gpus: 8, batch: 128, tp: 1, pp: 1, b: 2, zero: 1, fp8: true, recipe: .tensorwise, framework: .nemo,
            metric: .tokensPerSecondPerGPU, published: 31508.0, calibration: true,
            source: "NVIDIA-NeMo/Megatron-Bridge@067f987d docs/performance-summary-archive.md, section '25.11 "
                + "NeMo Container' (first published @97ad8cc6 2025-12-04 with different values, later "
                + "revised); Llama shapes: shape: pytorch/torchtitan@9dec370a "
                + "torchtitan/models/llama/__init__.py (+ FFN rule in torchtitan/models/llama/model.py); "
                + "vocab: pytorch/torchtitan@b5bcd76c torchtitan/models/llama3/__init__.py; MoE shapes: "
                + "pytorch/torchtitan@b5bcd76c torchtitan/models/{deepseek_v3,qwen3,gpt_oss}/__init__.py "
                + "(671B, 30B-A3B, 235B-A22B, 120b flavors); DeepSeek 671B/37B active from "
                + "vllm-project/vllm-project.github.io _posts/2025-12-17-large-scale-serving.md",
            note: ""),
        dev(
            "MB2511-10", "Megatron-Bridge perf summary 25.11",
            "Llama 3 70B, 64 GB200",
            shape: shape(L: 80, h: 8192, a: 64, kv: 8, f: 28672, V: 128256, s: 8192), gpu: .catalog("gb200"),
            gpus: 64, batch: 256, tp: 1, pp: 1, v: 1, b: 2, zero: 3, fp8: true, recipe: .tensorwise, framework: .nemo,
            metric: .tokensPerSecondPerGPU, published: 4312.0, calibration: true,
            source: "NVIDIA-NeMo/Megatron-Bridge@067f987d docs/performance-summary-archive.md, section '25.11 "
                + "NeMo Container' (first published @97ad8cc6 2025-12-04 with different values, later "
                + "revised); Llama shapes: shape: pytorch/torchtitan@9dec370a "
                + "torchtitan/models/llama/__init__.py (+ FFN rule in torchtitan/models/llama/model.py); "
                + "vocab: pytorch/torchtitan@b5bcd76c torchtitan/models/llama3/__init__.py; MoE shapes: "
                + "pytorch/torchtitan@b5bcd76c torchtitan/models/{deepseek_v3,qwen3,gpt_oss}/__init__.py "
                + "(671B, 30B-A3B, 235B-A22B, 120b flavors); DeepSeek 671B/37B active from "
                + "vllm-project/vllm-project.github.io _posts/2025-12-17-large-scale-serving.md",
            note: ""),
        dev(
            "MB2511-11", "Megatron-Bridge perf summary 25.11",
            "Llama 3.1 405B, 256 GB200",
            shape: shape(L: 126, h: 16384, a: 128, kv: 8, f: 53248, V: 128256, s: 8192), gpu: .catalog("gb200"),
            gpus: 256, batch: 1536, tp: 4, pp: 16, v: 4, b: 1, zero: 1,
            fp8: true, recipe: .tensorwise, framework: .nemo, metric: .tokensPerSecondPerGPU, published: 813.0,
            calibration: true,
            source: "NVIDIA-NeMo/Megatron-Bridge@067f987d docs/performance-summary-archive.md, section '25.11 "
                + "NeMo Container' (first published @97ad8cc6 2025-12-04 with different values, later "
                + "revised); Llama shapes: shape: pytorch/torchtitan@9dec370a "
                + "torchtitan/models/llama/__init__.py (+ FFN rule in torchtitan/models/llama/model.py); "
                + "vocab: pytorch/torchtitan@b5bcd76c torchtitan/models/llama3/__init__.py; MoE shapes: "
                + "pytorch/torchtitan@b5bcd76c torchtitan/models/{deepseek_v3,qwen3,gpt_oss}/__init__.py "
                + "(671B, 30B-A3B, 235B-A22B, 120b flavors); DeepSeek 671B/37B active from "
                + "vllm-project/vllm-project.github.io _posts/2025-12-17-large-scale-serving.md",
            note: ""),
        dev(
            "MB2511-12", "Megatron-Bridge perf summary 25.11",
            "DeepSeek-V3 (w/o MTP), 256 GB200",
            shape: catalogShape("deepseek-v3", s: 4096),
            gpu: .catalog("gb200"), gpus: 256, batch: 4096, tp: 1, pp: 4, v: 4, ep: 64, b: 1, zero: 1,
            framework: .nemo, metric: .tokensPerSecondPerGPU, published: 3139.0, calibration: true,
            source: "NVIDIA-NeMo/Megatron-Bridge@067f987d docs/performance-summary-archive.md, section '25.11 "
                + "NeMo Container' (first published @97ad8cc6 2025-12-04 with different values, later "
                + "revised); Llama shapes: shape: pytorch/torchtitan@9dec370a "
                + "torchtitan/models/llama/__init__.py (+ FFN rule in torchtitan/models/llama/model.py); "
                + "vocab: pytorch/torchtitan@b5bcd76c torchtitan/models/llama3/__init__.py; MoE shapes: "
                + "pytorch/torchtitan@b5bcd76c torchtitan/models/{deepseek_v3,qwen3,gpt_oss}/__init__.py "
                + "(671B, 30B-A3B, 235B-A22B, 120b flavors); DeepSeek 671B/37B active from "
                + "vllm-project/vllm-project.github.io _posts/2025-12-17-large-scale-serving.md",
            note: ""),
        dev(
            "MB2511-13", "Megatron-Bridge perf summary 25.11",
            "DeepSeek-V3 (w/o MTP), 256 GB200",
            shape: catalogShape("deepseek-v3", s: 4096),
            gpu: .catalog("gb200"), gpus: 256, batch: 4096, tp: 1, pp: 8, v: 4, ep: 32, b: 1, zero: 1,
            fp8: true, recipe: .mxfp8, framework: .nemo, metric: .tokensPerSecondPerGPU, published: 4018.0,
            calibration: true,
            source: "NVIDIA-NeMo/Megatron-Bridge@067f987d docs/performance-summary-archive.md, section '25.11 "
                + "NeMo Container' (first published @97ad8cc6 2025-12-04 with different values, later "
                + "revised); Llama shapes: shape: pytorch/torchtitan@9dec370a "
                + "torchtitan/models/llama/__init__.py (+ FFN rule in torchtitan/models/llama/model.py); "
                + "vocab: pytorch/torchtitan@b5bcd76c torchtitan/models/llama3/__init__.py; MoE shapes: "
                + "pytorch/torchtitan@b5bcd76c torchtitan/models/{deepseek_v3,qwen3,gpt_oss}/__init__.py "
                + "(671B, 30B-A3B, 235B-A22B, 120b flavors); DeepSeek 671B/37B active from "
                + "vllm-project/vllm-project.github.io _posts/2025-12-17-large-scale-serving.md",
            note: ""),
        dev(
            "MB2511-14", "Megatron-Bridge perf summary 25.11",
            "GPT-OSS 120B, 64 GB200",
            shape: catalogShape("gpt-oss-120b", s: 8192),
            gpu: .catalog("gb200"), gpus: 64, batch: 1280, tp: 1, pp: 1, v: 1, ep: 64, b: 1, zero: 1,
            framework: .nemo, metric: .tokensPerSecondPerGPU, published: 15876.0, calibration: true,
            source: "NVIDIA-NeMo/Megatron-Bridge@067f987d docs/performance-summary-archive.md, section '25.11 "
                + "NeMo Container' (first published @97ad8cc6 2025-12-04 with different values, later "
                + "revised); Llama shapes: shape: pytorch/torchtitan@9dec370a "
                + "torchtitan/models/llama/__init__.py (+ FFN rule in torchtitan/models/llama/model.py); "
                + "vocab: pytorch/torchtitan@b5bcd76c torchtitan/models/llama3/__init__.py; MoE shapes: "
                + "pytorch/torchtitan@b5bcd76c torchtitan/models/{deepseek_v3,qwen3,gpt_oss}/__init__.py "
                + "(671B, 30B-A3B, 235B-A22B, 120b flavors); DeepSeek 671B/37B active from "
                + "vllm-project/vllm-project.github.io _posts/2025-12-17-large-scale-serving.md",
            note: "catalog shape (head_dim 64, alternating 128-token sliding windows); attention sinks and biases "
                + "left out; forced-balanced routing: λ = 1"),
        dev(
            "MB2511-15", "Megatron-Bridge perf summary 25.11",
            "Qwen3-30B-A3B, 8 GB200",
            shape: catalogShape("qwen3-30b-a3b", s: 4096),
            gpu: .catalog("gb200"), gpus: 8, batch: 512, tp: 1, pp: 1, v: 1, ep: 8, b: 4, zero: 1, fp8: true,
            recipe: .mxfp8,
            framework: .nemo, metric: .tokensPerSecondPerGPU, published: 23766.0, calibration: true,
            source: "NVIDIA-NeMo/Megatron-Bridge@067f987d docs/performance-summary-archive.md, section '25.11 "
                + "NeMo Container' (first published @97ad8cc6 2025-12-04 with different values, later "
                + "revised); Llama shapes: shape: pytorch/torchtitan@9dec370a "
                + "torchtitan/models/llama/__init__.py (+ FFN rule in torchtitan/models/llama/model.py); "
                + "vocab: pytorch/torchtitan@b5bcd76c torchtitan/models/llama3/__init__.py; MoE shapes: "
                + "pytorch/torchtitan@b5bcd76c torchtitan/models/{deepseek_v3,qwen3,gpt_oss}/__init__.py "
                + "(671B, 30B-A3B, 235B-A22B, 120b flavors); DeepSeek 671B/37B active from "
                + "vllm-project/vllm-project.github.io _posts/2025-12-17-large-scale-serving.md",
            note: "catalog shape (head_dim 128, query/key norms left out); forced-balanced routing: λ = 1"),
        dev(
            "MB2511-16", "Megatron-Bridge perf summary 25.11",
            "Qwen3-235B-A22B, 256 GB200",
            shape: catalogShape("qwen3-235b-a22b", s: 4096),
            gpu: .catalog("gb200"), gpus: 256, batch: 8192, tp: 1, pp: 8, v: 3, ep: 32, b: 1, zero: 1,
            framework: .nemo, metric: .tokensPerSecondPerGPU, published: 4916.0, calibration: true,
            source: "NVIDIA-NeMo/Megatron-Bridge@067f987d docs/performance-summary-archive.md, section '25.11 "
                + "NeMo Container' (first published @97ad8cc6 2025-12-04 with different values, later "
                + "revised); Llama shapes: shape: pytorch/torchtitan@9dec370a "
                + "torchtitan/models/llama/__init__.py (+ FFN rule in torchtitan/models/llama/model.py); "
                + "vocab: pytorch/torchtitan@b5bcd76c torchtitan/models/llama3/__init__.py; MoE shapes: "
                + "pytorch/torchtitan@b5bcd76c torchtitan/models/{deepseek_v3,qwen3,gpt_oss}/__init__.py "
                + "(671B, 30B-A3B, 235B-A22B, 120b flavors); DeepSeek 671B/37B active from "
                + "vllm-project/vllm-project.github.io _posts/2025-12-17-large-scale-serving.md",
            note: "catalog shape (head_dim 128, query/key norms left out); forced-balanced routing: λ = 1"),
        dev(
            "MB2511-17", "Megatron-Bridge perf summary 25.11",
            "Llama 3 8B, 8 B200",
            shape: shape(L: 32, h: 4096, a: 32, kv: 8, f: 14336, V: 128256, s: 8192), gpu: .catalog("b200"), gpus: 8,
            batch: 128, tp: 1, pp: 1, b: 2, zero: 1, fp8: true, recipe: .tensorwise, framework: .nemo,
            metric: .tokensPerSecondPerGPU,
            published: 30624.0, calibration: true,
            source: "NVIDIA-NeMo/Megatron-Bridge@067f987d docs/performance-summary-archive.md, section '25.11 "
                + "NeMo Container' (first published @97ad8cc6 2025-12-04 with different values, later "
                + "revised); Llama shapes: shape: pytorch/torchtitan@9dec370a "
                + "torchtitan/models/llama/__init__.py (+ FFN rule in torchtitan/models/llama/model.py); "
                + "vocab: pytorch/torchtitan@b5bcd76c torchtitan/models/llama3/__init__.py; MoE shapes: "
                + "pytorch/torchtitan@b5bcd76c torchtitan/models/{deepseek_v3,qwen3,gpt_oss}/__init__.py "
                + "(671B, 30B-A3B, 235B-A22B, 120b flavors); DeepSeek 671B/37B active from "
                + "vllm-project/vllm-project.github.io _posts/2025-12-17-large-scale-serving.md",
            note: ""),
        dev(
            "MB2511-18", "Megatron-Bridge perf summary 25.11",
            "Llama 3.1 405B, 128 B200",
            shape: shape(L: 126, h: 16384, a: 128, kv: 8, f: 53248, V: 128256, s: 8192), gpu: .catalog("b200"),
            gpus: 128, batch: 64, tp: 4, pp: 8, v: 8, cp: 2, b: 1, zero: 1, fp8: true, recipe: .tensorwise,
            framework: .nemo,
            metric: .tokensPerSecondPerGPU, published: 661.0, calibration: true,
            source: "NVIDIA-NeMo/Megatron-Bridge@067f987d docs/performance-summary-archive.md, section '25.11 "
                + "NeMo Container' (first published @97ad8cc6 2025-12-04 with different values, later "
                + "revised); Llama shapes: shape: pytorch/torchtitan@9dec370a "
                + "torchtitan/models/llama/__init__.py (+ FFN rule in torchtitan/models/llama/model.py); "
                + "vocab: pytorch/torchtitan@b5bcd76c torchtitan/models/llama3/__init__.py; MoE shapes: "
                + "pytorch/torchtitan@b5bcd76c torchtitan/models/{deepseek_v3,qwen3,gpt_oss}/__init__.py "
                + "(671B, 30B-A3B, 235B-A22B, 120b flavors); DeepSeek 671B/37B active from "
                + "vllm-project/vllm-project.github.io _posts/2025-12-17-large-scale-serving.md",
            note: ""),
        dev(
            "MB2511-19", "Megatron-Bridge perf summary 25.11",
            "DeepSeek-V3 (w/ MTP), 256 B200",
            shape: catalogShape("deepseek-v3", s: 4096, mtp: 1),
            gpu: .catalog("b200"), gpus: 256, batch: 2048, tp: 1, pp: 16, v: 1, ep: 8, b: 1, zero: 1,
            fp8: true, recipe: .mxfp8, framework: .nemo, metric: .tokensPerSecondPerGPU, published: 2139.0,
            calibration: true,
            source: "NVIDIA-NeMo/Megatron-Bridge@067f987d docs/performance-summary-archive.md, section '25.11 "
                + "NeMo Container' (first published @97ad8cc6 2025-12-04 with different values, later "
                + "revised); Llama shapes: shape: pytorch/torchtitan@9dec370a "
                + "torchtitan/models/llama/__init__.py (+ FFN rule in torchtitan/models/llama/model.py); "
                + "vocab: pytorch/torchtitan@b5bcd76c torchtitan/models/llama3/__init__.py; MoE shapes: "
                + "pytorch/torchtitan@b5bcd76c torchtitan/models/{deepseek_v3,qwen3,gpt_oss}/__init__.py "
                + "(671B, 30B-A3B, 235B-A22B, 120b flavors); DeepSeek 671B/37B active from "
                + "vllm-project/vllm-project.github.io _posts/2025-12-17-large-scale-serving.md",
            note: ""),
        dev(
            "MB2511-20", "Megatron-Bridge perf summary 25.11",
            "GPT-OSS 120B, 64 B200",
            shape: catalogShape("gpt-oss-120b", s: 4096),
            gpu: .catalog("b200"), gpus: 64, batch: 512, tp: 1, pp: 1, v: 1, ep: 8, b: 4, zero: 1, framework: .nemo,
            metric: .tokensPerSecondPerGPU, published: 8213.0, calibration: true,
            source: "NVIDIA-NeMo/Megatron-Bridge@067f987d docs/performance-summary-archive.md, section '25.11 "
                + "NeMo Container' (first published @97ad8cc6 2025-12-04 with different values, later "
                + "revised); Llama shapes: shape: pytorch/torchtitan@9dec370a "
                + "torchtitan/models/llama/__init__.py (+ FFN rule in torchtitan/models/llama/model.py); "
                + "vocab: pytorch/torchtitan@b5bcd76c torchtitan/models/llama3/__init__.py; MoE shapes: "
                + "pytorch/torchtitan@b5bcd76c torchtitan/models/{deepseek_v3,qwen3,gpt_oss}/__init__.py "
                + "(671B, 30B-A3B, 235B-A22B, 120b flavors); DeepSeek 671B/37B active from "
                + "vllm-project/vllm-project.github.io _posts/2025-12-17-large-scale-serving.md",
            note: "catalog shape (head_dim 64, alternating 128-token sliding windows); attention sinks and biases "
                + "left out; forced-balanced routing: λ = 1"),
        dev(
            "MB2511-21", "Megatron-Bridge perf summary 25.11",
            "Qwen3-30B-A3B, 8 B200",
            shape: catalogShape("qwen3-30b-a3b", s: 4096),
            gpu: .catalog("b200"), gpus: 8, batch: 512, tp: 1, pp: 1, v: 1, ep: 8, b: 1, zero: 1, fp8: true,
            recipe: .mxfp8,
            framework: .nemo, metric: .tokensPerSecondPerGPU, published: 9299.0, calibration: true,
            source: "NVIDIA-NeMo/Megatron-Bridge@067f987d docs/performance-summary-archive.md, section '25.11 "
                + "NeMo Container' (first published @97ad8cc6 2025-12-04 with different values, later "
                + "revised); Llama shapes: shape: pytorch/torchtitan@9dec370a "
                + "torchtitan/models/llama/__init__.py (+ FFN rule in torchtitan/models/llama/model.py); "
                + "vocab: pytorch/torchtitan@b5bcd76c torchtitan/models/llama3/__init__.py; MoE shapes: "
                + "pytorch/torchtitan@b5bcd76c torchtitan/models/{deepseek_v3,qwen3,gpt_oss}/__init__.py "
                + "(671B, 30B-A3B, 235B-A22B, 120b flavors); DeepSeek 671B/37B active from "
                + "vllm-project/vllm-project.github.io _posts/2025-12-17-large-scale-serving.md",
            note: "catalog shape (head_dim 128, query/key norms left out); forced-balanced routing: λ = 1"),
        dev(
            "MB2511-22", "Megatron-Bridge perf summary 25.11",
            "Qwen3-235B-A22B, 64 B200",
            shape: catalogShape("qwen3-235b-a22b", s: 4096),
            gpu: .catalog("b200"), gpus: 64, batch: 1024, tp: 1, pp: 8, v: 2, ep: 8, b: 1, zero: 1, fp8: true,
            recipe: .mxfp8,
            framework: .nemo, metric: .tokensPerSecondPerGPU, published: 3269.0, calibration: true,
            source: "NVIDIA-NeMo/Megatron-Bridge@067f987d docs/performance-summary-archive.md, section '25.11 "
                + "NeMo Container' (first published @97ad8cc6 2025-12-04 with different values, later "
                + "revised); Llama shapes: shape: pytorch/torchtitan@9dec370a "
                + "torchtitan/models/llama/__init__.py (+ FFN rule in torchtitan/models/llama/model.py); "
                + "vocab: pytorch/torchtitan@b5bcd76c torchtitan/models/llama3/__init__.py; MoE shapes: "
                + "pytorch/torchtitan@b5bcd76c torchtitan/models/{deepseek_v3,qwen3,gpt_oss}/__init__.py "
                + "(671B, 30B-A3B, 235B-A22B, 120b flavors); DeepSeek 671B/37B active from "
                + "vllm-project/vllm-project.github.io _posts/2025-12-17-large-scale-serving.md",
            note: "catalog shape (head_dim 128, query/key norms left out); forced-balanced routing: λ = 1"),
        dev(
            "MB2511-23", "Megatron-Bridge perf summary 25.11",
            "Llama 3 8B, 8 H100",
            shape: shape(L: 32, h: 4096, a: 32, kv: 8, f: 14336, V: 128256, s: 8192), gpu: .catalog("h100-sxm"),
            gpus: 8, batch: 128, tp: 1, pp: 1, b: 1, zero: 3, fp8: true, recipe: .tensorwise, framework: .nemo,
            metric: .tokensPerSecondPerGPU, published: 14451.0, calibration: true,
            source: "NVIDIA-NeMo/Megatron-Bridge@067f987d docs/performance-summary-archive.md, section '25.11 "
                + "NeMo Container' (first published @97ad8cc6 2025-12-04 with different values, later "
                + "revised); Llama shapes: shape: pytorch/torchtitan@9dec370a "
                + "torchtitan/models/llama/__init__.py (+ FFN rule in torchtitan/models/llama/model.py); "
                + "vocab: pytorch/torchtitan@b5bcd76c torchtitan/models/llama3/__init__.py; MoE shapes: "
                + "pytorch/torchtitan@b5bcd76c torchtitan/models/{deepseek_v3,qwen3,gpt_oss}/__init__.py "
                + "(671B, 30B-A3B, 235B-A22B, 120b flavors); DeepSeek 671B/37B active from "
                + "vllm-project/vllm-project.github.io _posts/2025-12-17-large-scale-serving.md",
            note: ""),
        dev(
            "MB2511-24", "Megatron-Bridge perf summary 25.11",
            "Llama 3 70B, 64 H100",
            shape: shape(L: 80, h: 8192, a: 64, kv: 8, f: 28672, V: 128256, s: 8192), gpu: .catalog("h100-sxm"),
            gpus: 64, batch: 128, tp: 4, pp: 8, v: 5, b: 1, zero: 1, fp8: true, recipe: .tensorwise, framework: .nemo,
            metric: .tokensPerSecondPerGPU, published: 1602.0, calibration: true,
            source: "NVIDIA-NeMo/Megatron-Bridge@067f987d docs/performance-summary-archive.md, section '25.11 "
                + "NeMo Container' (first published @97ad8cc6 2025-12-04 with different values, later "
                + "revised); Llama shapes: shape: pytorch/torchtitan@9dec370a "
                + "torchtitan/models/llama/__init__.py (+ FFN rule in torchtitan/models/llama/model.py); "
                + "vocab: pytorch/torchtitan@b5bcd76c torchtitan/models/llama3/__init__.py; MoE shapes: "
                + "pytorch/torchtitan@b5bcd76c torchtitan/models/{deepseek_v3,qwen3,gpt_oss}/__init__.py "
                + "(671B, 30B-A3B, 235B-A22B, 120b flavors); DeepSeek 671B/37B active from "
                + "vllm-project/vllm-project.github.io _posts/2025-12-17-large-scale-serving.md",
            note: ""),
        dev(
            "MB2511-25", "Megatron-Bridge perf summary 25.11",
            "Llama 3.1 405B, 1024 H100",
            shape: shape(L: 126, h: 16384, a: 128, kv: 8, f: 53248, V: 128256, s: 8192), gpu: .catalog("h100-sxm"),
            gpus: 1024, batch: 512, tp: 8, pp: 8, v: 8, cp: 2, b: 1, zero: 1, fp8: true, recipe: .tensorwise,
            framework: .nemo,
            metric: .tokensPerSecondPerGPU, published: 292.0, calibration: true,
            source: "NVIDIA-NeMo/Megatron-Bridge@067f987d docs/performance-summary-archive.md, section '25.11 "
                + "NeMo Container' (first published @97ad8cc6 2025-12-04 with different values, later "
                + "revised); Llama shapes: shape: pytorch/torchtitan@9dec370a "
                + "torchtitan/models/llama/__init__.py (+ FFN rule in torchtitan/models/llama/model.py); "
                + "vocab: pytorch/torchtitan@b5bcd76c torchtitan/models/llama3/__init__.py; MoE shapes: "
                + "pytorch/torchtitan@b5bcd76c torchtitan/models/{deepseek_v3,qwen3,gpt_oss}/__init__.py "
                + "(671B, 30B-A3B, 235B-A22B, 120b flavors); DeepSeek 671B/37B active from "
                + "vllm-project/vllm-project.github.io _posts/2025-12-17-large-scale-serving.md",
            note: ""),
        dev(
            "MB2511-26", "Megatron-Bridge perf summary 25.11",
            "GPT-OSS 120B, 64 H100",
            shape: catalogShape("gpt-oss-120b", s: 4096),
            gpu: .catalog("h100-sxm"), gpus: 64, batch: 512, tp: 1, pp: 4, v: 1, ep: 8, b: 4, zero: 1,
            framework: .nemo, metric: .tokensPerSecondPerGPU, published: 5630.0, calibration: true,
            source: "NVIDIA-NeMo/Megatron-Bridge@067f987d docs/performance-summary-archive.md, section '25.11 "
                + "NeMo Container' (first published @97ad8cc6 2025-12-04 with different values, later "
                + "revised); Llama shapes: shape: pytorch/torchtitan@9dec370a "
                + "torchtitan/models/llama/__init__.py (+ FFN rule in torchtitan/models/llama/model.py); "
                + "vocab: pytorch/torchtitan@b5bcd76c torchtitan/models/llama3/__init__.py; MoE shapes: "
                + "pytorch/torchtitan@b5bcd76c torchtitan/models/{deepseek_v3,qwen3,gpt_oss}/__init__.py "
                + "(671B, 30B-A3B, 235B-A22B, 120b flavors); DeepSeek 671B/37B active from "
                + "vllm-project/vllm-project.github.io _posts/2025-12-17-large-scale-serving.md",
            note: "catalog shape (head_dim 64, alternating 128-token sliding windows); attention sinks and biases "
                + "left out; forced-balanced routing: λ = 1"),
        dev(
            "MB2511-27", "Megatron-Bridge perf summary 25.11",
            "Qwen3-30B-A3B, 16 H100",
            shape: catalogShape("qwen3-30b-a3b", s: 4096),
            gpu: .catalog("h100-sxm"), gpus: 16, batch: 512, tp: 1, pp: 2, v: 24, ep: 8, b: 2, zero: 1, fp8: true,
            recipe: .tensorwise,
            framework: .nemo, metric: .tokensPerSecondPerGPU, published: 5275.0, calibration: false,
            source: "NVIDIA-NeMo/Megatron-Bridge@067f987d docs/performance-summary-archive.md, section '25.11 "
                + "NeMo Container' (first published @97ad8cc6 2025-12-04 with different values, later "
                + "revised); Llama shapes: shape: pytorch/torchtitan@9dec370a "
                + "torchtitan/models/llama/__init__.py (+ FFN rule in torchtitan/models/llama/model.py); "
                + "vocab: pytorch/torchtitan@b5bcd76c torchtitan/models/llama3/__init__.py; MoE shapes: "
                + "pytorch/torchtitan@b5bcd76c torchtitan/models/{deepseek_v3,qwen3,gpt_oss}/__init__.py "
                + "(671B, 30B-A3B, 235B-A22B, 120b flavors); DeepSeek 671B/37B active from "
                + "vllm-project/vllm-project.github.io _posts/2025-12-17-large-scale-serving.md",
            note: "catalog shape (head_dim 128, query/key norms left out); forced-balanced routing: λ = 1; not "
                + "used for calibration: the README flags it (the 25.09 table printed 10,494 for the same plan)"),
        dev(
            "MB2511-28", "Megatron-Bridge perf summary 25.11",
            "Qwen3-235B-A22B, 256 H100",
            shape: catalogShape("qwen3-235b-a22b", s: 4096),
            gpu: .catalog("h100-sxm"), gpus: 256, batch: 2048, tp: 2, pp: 8, v: 4, ep: 32, b: 1, zero: 1, fp8: true,
            recipe: .tensorwise,
            framework: .nemo, metric: .tokensPerSecondPerGPU, published: 1575.0, calibration: true,
            source: "NVIDIA-NeMo/Megatron-Bridge@067f987d docs/performance-summary-archive.md, section '25.11 "
                + "NeMo Container' (first published @97ad8cc6 2025-12-04 with different values, later "
                + "revised); Llama shapes: shape: pytorch/torchtitan@9dec370a "
                + "torchtitan/models/llama/__init__.py (+ FFN rule in torchtitan/models/llama/model.py); "
                + "vocab: pytorch/torchtitan@b5bcd76c torchtitan/models/llama3/__init__.py; MoE shapes: "
                + "pytorch/torchtitan@b5bcd76c torchtitan/models/{deepseek_v3,qwen3,gpt_oss}/__init__.py "
                + "(671B, 30B-A3B, 235B-A22B, 120b flavors); DeepSeek 671B/37B active from "
                + "vllm-project/vllm-project.github.io _posts/2025-12-17-large-scale-serving.md",
            note: "catalog shape (head_dim 128, query/key norms left out); forced-balanced routing: λ = 1"),
        dev(
            "MB2509-H100-DSV3", "Megatron-Bridge perf summary 25.09",
            "DeepSeek-V3 (dropless), 1024 H100",
            shape: catalogShape("deepseek-v3", s: 4096),
            gpu: .catalog("h100-sxm"), gpus: 1024, batch: 8192, tp: 2, pp: 8, v: 4, ep: 64, b: 1,
            zero: 1, fp8: true, recipe: .blockwise, framework: .nemo, metric: .tokensPerSecondPerGPU, published: 1297.0,
            calibration: true,
            source: "NVIDIA-NeMo/Megatron-Bridge@067f987d docs/performance-summary-archive.md section '25.09 "
                + "NeMo Container'; shapes: pytorch/torchtitan@b5bcd76c "
                + "torchtitan/models/{deepseek_v3,qwen3,gpt_oss}/__init__.py (671B, 30B-A3B, 235B-A22B, 120b "
                + "flavors); DeepSeek 671B/37B active from vllm-project/vllm-project.github.io "
                + "_posts/2025-12-17-large-scale-serving.md",
            note: ""),
        dev(
            "MB2606-GB300-405B-NVFP4", "Megatron-Bridge perf summary 26.06",
            "Llama 3.1 405B, 256 GB300",
            shape: nil, gpu: .notInCatalog("GB300"), gpus: 256, batch: 1536, tp: 4, pp: 8, v: 4, b: 1,
            framework: .nemo, metric: .tokensPerSecondPerGPU, published: 1413.0, calibration: false,
            notModelled: "NVFP4 training: FP4 GEMMs are not in the plan model yet (Precision.fp4 is computed at BF16)",
            source: "NVIDIA-NeMo/Megatron-Bridge@067f987d docs/performance-summary-archive.md section '26.06 "
                + "NeMo Container'; shape: pytorch/torchtitan@9dec370a torchtitan/models/llama/__init__.py (+ "
                + "FFN rule in torchtitan/models/llama/model.py); vocab: pytorch/torchtitan@b5bcd76c "
                + "torchtitan/models/llama3/__init__.py",
            note: ""),
        dev(
            "NEMO2407-1", "NeMo 24.07 perf summary",
            "GPT-3 175B, 128 H100",
            shape: shape(L: 96, h: 12288, a: 96, kv: 96, f: 49152, V: 51200, s: 2048, gated: false),
            gpu: .catalog("h100-sxm"), gpus: 128, batch: 256, tp: 4, pp: 8, v: 6, b: 1, fp8: true, recipe: .delayed,
            framework: .nemo,
            metric: .tokensPerSecondPerGPU, published: 716.0, calibration: true,
            source: "NVIDIA/NeMo@8e3d65dc docs/source/performance/performance_summary.md (NeMo 24.07 container, "
                + "DGX-H100, FP8); shapes: NVIDIA/NeMo@8cfedd72 nemo/collections/llm/gpt/model/{base,llama,nemo"
                + "tron}.py",
            note: "vocabulary 51,200 (NeMo's GPT-3 vocabulary) assumed"),
        dev(
            "NEMO2407-2", "NeMo 24.07 perf summary",
            "GPT-3 175B, 512 H100",
            shape: shape(L: 96, h: 12288, a: 96, kv: 96, f: 49152, V: 51200, s: 2048, gated: false),
            gpu: .catalog("h100-sxm"), gpus: 512, batch: 2048, tp: 4, pp: 8, v: 6, b: 2, fp8: true, recipe: .delayed,
            framework: .nemo,
            metric: .tokensPerSecondPerGPU, published: 825.0, calibration: true,
            source: "NVIDIA/NeMo@8e3d65dc docs/source/performance/performance_summary.md (NeMo 24.07 container, "
                + "DGX-H100, FP8); shapes: NVIDIA/NeMo@8cfedd72 nemo/collections/llm/gpt/model/{base,llama,nemo"
                + "tron}.py",
            note: "vocabulary 51,200 (NeMo's GPT-3 vocabulary) assumed"),
        dev(
            "NEMO2407-3", "NeMo 24.07 perf summary",
            "Llama 2 70B, 64 H100",
            shape: shape(L: 80, h: 8192, a: 64, kv: 8, f: 28672, V: 32000, s: 4096), gpu: .catalog("h100-sxm"),
            gpus: 64, batch: 128, tp: 4, pp: 4, v: 20, b: 1, fp8: true, recipe: .delayed, framework: .nemo,
            metric: .tokensPerSecondPerGPU, published: 1728.0, calibration: true,
            source: "NVIDIA/NeMo@8e3d65dc docs/source/performance/performance_summary.md (NeMo 24.07 container, "
                + "DGX-H100, FP8); shapes: NVIDIA/NeMo@8cfedd72 nemo/collections/llm/gpt/model/{base,llama,nemo"
                + "tron}.py",
            note: "vocabulary 32,000 (Llama 2 tokenizer) assumed"),
        dev(
            "NEMO2407-4", "NeMo 24.07 perf summary",
            "Nemotron-4 340B, 128 H100",
            shape: shape(L: 96, h: 18432, a: 96, kv: 8, f: 73728, V: 256000, s: 4096, gated: false),
            gpu: .catalog("h100-sxm"), gpus: 128, batch: 32, tp: 8, pp: 8, v: 12, b: 1, fp8: true, recipe: .delayed,
            framework: .nemo,
            metric: .tokensPerSecondPerGPU, published: 326.0, calibration: true,
            source: "NVIDIA/NeMo@8e3d65dc docs/source/performance/performance_summary.md (NeMo 24.07 container, "
                + "DGX-H100, FP8); shapes: NVIDIA/NeMo@8cfedd72 nemo/collections/llm/gpt/model/{base,llama,nemo"
                + "tron}.py",
            note: "vocabulary 256,000 (Nemotron-4 tokenizer) assumed"),
        dev(
            "NEMO2407-5", "NeMo 24.07 perf summary",
            "Llama 3 8B, 8 H100",
            shape: shape(L: 32, h: 4096, a: 32, kv: 8, f: 14336, V: 128256, s: 8192), gpu: .catalog("h100-sxm"),
            gpus: 8, batch: 128, tp: 1, pp: 1, v: 1, cp: 2, b: 1, fp8: true, recipe: .delayed, framework: .nemo,
            metric: .tokensPerSecondPerGPU, published: 12273.0, calibration: true,
            source: "NVIDIA/NeMo@8e3d65dc docs/source/performance/performance_summary.md (NeMo 24.07 container, "
                + "DGX-H100, FP8); shapes: NVIDIA/NeMo@8cfedd72 nemo/collections/llm/gpt/model/{base,llama,nemo"
                + "tron}.py; shape: pytorch/torchtitan@9dec370a torchtitan/models/llama/__init__.py (+ FFN "
                + "rule in torchtitan/models/llama/model.py); vocab: pytorch/torchtitan@b5bcd76c "
                + "torchtitan/models/llama3/__init__.py",
            note: ""),
        dev(
            "NEMO2407-6", "NeMo 24.07 perf summary",
            "Llama 3 70B, 64 H100",
            shape: shape(L: 80, h: 8192, a: 64, kv: 8, f: 28672, V: 128256, s: 8192), gpu: .catalog("h100-sxm"),
            gpus: 64, batch: 128, tp: 4, pp: 4, v: 5, cp: 2, b: 1, fp8: true, recipe: .delayed, framework: .nemo,
            metric: .tokensPerSecondPerGPU, published: 1524.0, calibration: true,
            source: "NVIDIA/NeMo@8e3d65dc docs/source/performance/performance_summary.md (NeMo 24.07 container, "
                + "DGX-H100, FP8); shapes: NVIDIA/NeMo@8cfedd72 nemo/collections/llm/gpt/model/{base,llama,nemo"
                + "tron}.py; shape: pytorch/torchtitan@9dec370a torchtitan/models/llama/__init__.py (+ FFN "
                + "rule in torchtitan/models/llama/model.py); vocab: pytorch/torchtitan@b5bcd76c "
                + "torchtitan/models/llama3/__init__.py",
            note: ""),
        dev(
            "NEMO-LS-H100-4K", "NeMo long-sequence CP",
            "Llama 2 7B, 4 H100",
            shape: shape(L: 32, h: 4096, a: 32, kv: 32, f: 11008, V: 32000, s: 4096), gpu: .catalog("h100-sxm"),
            gpus: 4, batch: 1024, tp: 1, pp: 1, fp8: true, recipe: .delayed, framework: .nemo,
            metric: .nemoModelTFLOPsPerGPU,
            published: 768.0, calibration: true,
            source: "NVIDIA/NeMo@19fadb67 docs/source/performance/performance_long_sequence.md; shape "
                + "NVIDIA/NeMo@8cfedd72 nemo/collections/llm/gpt/model/llama.py (Llama2Config7B)",
            note: "vocabulary 32,000 (Llama 2 tokenizer) assumed"),
        dev(
            "NEMO-LS-H100-16K", "NeMo long-sequence CP",
            "Llama 2 7B, 16 H100",
            shape: shape(L: 32, h: 4096, a: 32, kv: 32, f: 11008, V: 32000, s: 16384), gpu: .catalog("h100-sxm"),
            gpus: 16, batch: 256, tp: 2, pp: 1, fp8: true, recipe: .delayed, framework: .nemo,
            metric: .nemoModelTFLOPsPerGPU,
            published: 660.0, calibration: true,
            source: "NVIDIA/NeMo@19fadb67 docs/source/performance/performance_long_sequence.md; shape "
                + "NVIDIA/NeMo@8cfedd72 nemo/collections/llm/gpt/model/llama.py (Llama2Config7B)",
            note: "vocabulary 32,000 (Llama 2 tokenizer) assumed"),
        dev(
            "NEMO-LS-H100-64K", "NeMo long-sequence CP",
            "Llama 2 7B, 64 H100",
            shape: shape(L: 32, h: 4096, a: 32, kv: 32, f: 11008, V: 32000, s: 65536), gpu: .catalog("h100-sxm"),
            gpus: 64, batch: 64, tp: 4, pp: 1, cp: 2, fp8: true, recipe: .delayed, framework: .nemo,
            metric: .nemoModelTFLOPsPerGPU,
            published: 574.0, calibration: true,
            source: "NVIDIA/NeMo@19fadb67 docs/source/performance/performance_long_sequence.md; shape "
                + "NVIDIA/NeMo@8cfedd72 nemo/collections/llm/gpt/model/llama.py (Llama2Config7B)",
            note: "vocabulary 32,000 (Llama 2 tokenizer) assumed"),
        dev(
            "NEMO-LS-H100-256K", "NeMo long-sequence CP",
            "Llama 2 7B, 256 H100",
            shape: shape(L: 32, h: 4096, a: 32, kv: 32, f: 11008, V: 32000, s: 262144), gpu: .catalog("h100-sxm"),
            gpus: 256, batch: 16, tp: 4, pp: 1, cp: 8, fp8: true, recipe: .delayed, framework: .nemo,
            metric: .nemoModelTFLOPsPerGPU,
            published: 549.0, calibration: true,
            source: "NVIDIA/NeMo@19fadb67 docs/source/performance/performance_long_sequence.md; shape "
                + "NVIDIA/NeMo@8cfedd72 nemo/collections/llm/gpt/model/llama.py (Llama2Config7B)",
            note: "vocabulary 32,000 (Llama 2 tokenizer) assumed"),
        dev(
            "NEMO-LS-H100-1024K", "NeMo long-sequence CP",
            "Llama 2 7B, 1024 H100",
            shape: shape(L: 32, h: 4096, a: 32, kv: 32, f: 11008, V: 32000, s: 1048576), gpu: .catalog("h100-sxm"),
            gpus: 1024, batch: 4, tp: 8, pp: 1, cp: 32, fp8: true, recipe: .delayed, framework: .nemo,
            metric: .nemoModelTFLOPsPerGPU,
            published: 536.0, calibration: true,
            source: "NVIDIA/NeMo@19fadb67 docs/source/performance/performance_long_sequence.md; shape "
                + "NVIDIA/NeMo@8cfedd72 nemo/collections/llm/gpt/model/llama.py (Llama2Config7B)",
            note: "vocabulary 32,000 (Llama 2 tokenizer) assumed"),
        dev(
            "NEMO-LS-B200-8K", "NeMo long-sequence CP",
            "Llama 3 8B, 8 B200",
            shape: shape(L: 32, h: 4096, a: 32, kv: 8, f: 14336, V: 128256, s: 8192), gpu: .catalog("b200"), gpus: 8,
            batch: 512, tp: 1, pp: 1, fp8: true, recipe: .delayed, framework: .nemo, metric: .nemoModelTFLOPsPerGPU,
            published: 1671.0,
            calibration: true,
            source: "NVIDIA/NeMo@19fadb67 docs/source/performance/performance_long_sequence.md; shape: "
                + "pytorch/torchtitan@9dec370a torchtitan/models/llama/__init__.py (+ FFN rule in "
                + "torchtitan/models/llama/model.py); vocab: pytorch/torchtitan@b5bcd76c "
                + "torchtitan/models/llama3/__init__.py",
            note: ""),
        dev(
            "NEMO-LS-B200-32K", "NeMo long-sequence CP",
            "Llama 3 8B, 32 B200",
            shape: shape(L: 32, h: 4096, a: 32, kv: 8, f: 14336, V: 128256, s: 32768), gpu: .catalog("b200"),
            gpus: 32, batch: 128, tp: 1, pp: 1, cp: 2, fp8: true, recipe: .delayed, framework: .nemo,
            metric: .nemoModelTFLOPsPerGPU,
            published: 1624.0, calibration: true,
            source: "NVIDIA/NeMo@19fadb67 docs/source/performance/performance_long_sequence.md; shape: "
                + "pytorch/torchtitan@9dec370a torchtitan/models/llama/__init__.py (+ FFN rule in "
                + "torchtitan/models/llama/model.py); vocab: pytorch/torchtitan@b5bcd76c "
                + "torchtitan/models/llama3/__init__.py",
            note: ""),
        dev(
            "NEMO-LS-B200-128K", "NeMo long-sequence CP",
            "Llama 3 8B, 128 B200",
            shape: shape(L: 32, h: 4096, a: 32, kv: 8, f: 14336, V: 128256, s: 131072), gpu: .catalog("b200"),
            gpus: 128, batch: 32, tp: 2, pp: 1, cp: 4, fp8: true, recipe: .delayed, framework: .nemo,
            metric: .nemoModelTFLOPsPerGPU,
            published: 1588.0, calibration: true,
            source: "NVIDIA/NeMo@19fadb67 docs/source/performance/performance_long_sequence.md; shape: "
                + "pytorch/torchtitan@9dec370a torchtitan/models/llama/__init__.py (+ FFN rule in "
                + "torchtitan/models/llama/model.py); vocab: pytorch/torchtitan@b5bcd76c "
                + "torchtitan/models/llama3/__init__.py",
            note: ""),
        dev(
            "NEMO-LS-B200-512K", "NeMo long-sequence CP",
            "Llama 3 8B, 512 B200",
            shape: nil, gpu: .catalog("b200"), gpus: 512, batch: 8, tp: 4, pp: 1, cp: 8, fp8: true, recipe: .delayed,
            framework: .nemo,
            metric: .nemoModelTFLOPsPerGPU, published: 1619.0, calibration: false,
            notModelled: "the printed data-parallel size does not divide the global batch (README: suspicious row)",
            source: "NVIDIA/NeMo@19fadb67 docs/source/performance/performance_long_sequence.md; shape: "
                + "pytorch/torchtitan@9dec370a torchtitan/models/llama/__init__.py (+ FFN rule in "
                + "torchtitan/models/llama/model.py); vocab: pytorch/torchtitan@b5bcd76c "
                + "torchtitan/models/llama3/__init__.py",
            note: ""),
        dev(
            "NEMO-LS-B200-1024K", "NeMo long-sequence CP",
            "Llama 3 8B, 1024 B200",
            shape: nil, gpu: .catalog("b200"), gpus: 1024, batch: 4, tp: 4, pp: 1, cp: 16, fp8: true, recipe: .delayed,
            framework: .nemo, metric: .nemoModelTFLOPsPerGPU, published: 1608.0, calibration: false,
            notModelled: "the printed data-parallel size does not divide the global batch (README: suspicious row)",
            source: "NVIDIA/NeMo@19fadb67 docs/source/performance/performance_long_sequence.md; shape: "
                + "pytorch/torchtitan@9dec370a torchtitan/models/llama/__init__.py (+ FFN rule in "
                + "torchtitan/models/llama/model.py); vocab: pytorch/torchtitan@b5bcd76c "
                + "torchtitan/models/llama3/__init__.py",
            note: ""),
        dev(
            "MCORE-MOE-MIXTRAL-v08", "Megatron-Core MoE README",
            "Mixtral 8x7B (dropless), 64 H100 80GB HBM3",
            shape: catalogShape("mixtral-8x7b", s: 4096),
            gpu: .catalog("h100-sxm"), gpus: 64, batch: 256, tp: 1, pp: 4, v: 8, ep: 8, b: 1,
            framework: .megatronCore2024, metric: .megatronMoETFLOPsPerGPU, published: 438.0, calibration: false,
            source: "NVIDIA/Megatron-LM@0b4c4cfc megatron/core/transformer/moe/README.md",
            note: "vocabulary 32,000 ('32K' as printed); the README prints the 438 TFLOP/s headline and the v0.8 "
                + "reference mapping separately: their pairing is Reckon's inference; TFLOP/s as "
                + "Megatron-LM's training loop logs them (ValidationMetric.megatronMoETFLOPsPerGPU); Megatron-Core "
                + "v0.8: all-to-all dispatcher, no overlapped all-to-all schedule; not used for calibration"),
        dev(
            "MCORE-MOE-MIXTRAL-v09", "Megatron-Core MoE README",
            "Mixtral 8x7B, ? H100 80GB HBM3",
            shape: nil, gpu: .catalog("h100-sxm"), gpus: 0, batch: 0, tp: 1, pp: 1, framework: .megatronCore,
            metric: .tokensPerSecondPerGPU, published: 0, calibration: false,
            notModelled: "headline TFLOP/s only, no plan or sequence length for the v0.9 run",
            source: "NVIDIA/Megatron-LM@022bcb5a megatron/core/transformer/moe/README.md",
            note: "vocabulary 32,000 ('32K' as printed)"),
        dev(
            "NEMOTRON4-340B-6144", "Nemotron-4 340B technical report (via secondary summary)",
            "Nemotron-4 340B, 6144 H100",
            shape: nil, gpu: .catalog("h100-sxm"), gpus: 6144, batch: 2304, tp: 1, pp: 1, framework: .megatronCore,
            metric: .tokensPerSecondPerGPU, published: 0, calibration: false,
            notModelled: "MFU only, no parallel plan (secondary summary of the technical report)",
            source: "aiportalx.com/nvidia/nemotron-4-340b (quoting NVIDIA Nemotron-4 340B technical report, "
                + "arXiv:2406.11704, Table 2); shape NVIDIA/NeMo@8cfedd72 "
                + "nemo/collections/llm/gpt/model/nemotron.py",
            note: "vocabulary 256,000 (Nemotron-4 tokenizer) assumed"),
        dev(
            "MLPERF-T-v31-GPT3", "MLPerf Training (via NVIDIA / press)",
            "GPT-3 175B (MLPerf benchmark), 3584 H100",
            shape: nil, gpu: .catalog("h100-sxm"), gpus: 3584, batch: 0, tp: 1, pp: 1, framework: .nemo,
            metric: .tokensPerSecondPerGPU, published: 0, calibration: false,
            notModelled: "time to train a fixed MLPerf benchmark, no tokens/s or plan",
            source: "llmreporter.com/posts/nvidia-breaks-records-in-generative-ai-with-mlperf-training-v40 "
                + "(summarising developer.nvidia.com blog 'NVIDIA Sets New Generative AI Performance and Scale "
                + "Records in MLPerf Training v4.0')",
            note: "vocabulary 51,200 (NeMo's GPT-3 vocabulary) assumed"),
        dev(
            "MLPERF-T-v40-GPT3", "MLPerf Training (via NVIDIA / press)",
            "GPT-3 175B (MLPerf benchmark), 11616 H100",
            shape: nil, gpu: .catalog("h100-sxm"), gpus: 11616, batch: 0, tp: 1, pp: 1, framework: .nemo,
            metric: .tokensPerSecondPerGPU, published: 0, calibration: false,
            notModelled: "time to train a fixed MLPerf benchmark, no tokens/s or plan",
            source: "llmreporter.com (as above); blogs.nvidia.com/blog/mlperf-training-benchmarks",
            note: "vocabulary 51,200 (NeMo's GPT-3 vocabulary) assumed"),
        dev(
            "MLPERF-T-v40-L2-70B-LoRA", "MLPerf Training (via NVIDIA / press)",
            "Llama 2 70B LoRA fine-tune (MLPerf benchmark), 8 H100",
            shape: nil, gpu: .catalog("h100-sxm"), gpus: 8, batch: 0, tp: 1, pp: 1, framework: .megatronCore,
            metric: .tokensPerSecondPerGPU, published: 0, calibration: false,
            notModelled: "time to train a fixed MLPerf benchmark, no tokens/s or plan",
            source: "llmreporter.com/posts/nvidia-breaks-records-in-generative-ai-with-mlperf-training-v40",
            note: "vocabulary 32,000 (Llama 2 tokenizer) assumed"),
    ]
}
