import ArgumentParser
import ReckonCatalog
import ReckonCore
import ReckonInput

/// `--help` lines and shell completions of the generated options, taken from the field registry.
enum FieldHelp {
    static func help(_ inputs: CommandInputs, _ key: String) -> ArgumentHelp {
        guard let use = inputs.use(key) else { return ArgumentHelp("(unknown field \(key))") }
        return ArgumentHelp(use.help, valueName: valueName(use))
    }

    static func completion(_ inputs: CommandInputs, _ key: String) -> CompletionKind? {
        guard let use = inputs.use(key) else { return nil }
        switch use.field.kind {
        case .choice: return .list(use.choices ?? [])
        case .catalogID(.model): return .list(Catalog.builtin.models.map(\.id))
        case .catalogID(.accelerator): return .list(Catalog.builtin.accelerators.map(\.id))
        case .flag: return .list(["true", "false"])
        default: return nil
        }
    }

    /// What `--help` shows after the flag: `<usd/h>`, `<bf16|fp8>`, `<id>`.
    static func valueName(_ use: FieldUse) -> String {
        switch use.field.kind {
        case .quantity(let q):
            switch q {
            case .parameters, .tokens: return "count"
            case .flop: return "flop"
            case .flopRate, .bandwidth: return "rate"
            case .bytes: return "size"
            case .dollars: return "usd"
            case .dollarsPerHour: return "usd/h"
            case .energyPrice: return "usd/kwh"
            case .carbonIntensity: return "kg/kwh"
            case .duration: return "duration"
            }
        case .number(let unit): return unit.map { $0.count <= 12 ? $0 : "x" } ?? "x"
        case .integer: return "n"
        case .choice:
            let joined = (use.choices ?? []).joined(separator: "|")
            return joined.count <= 40 ? joined : "choice"
        case .catalogID: return "id"
        case .flag, .toggle: return "true|false"
        case .syntax(let s):
            switch s {
            case .gpuCounts: return "counts"
            case .kOfN: return "k/n"
            case .lever: return "setting"
            case .resultField: return "field"
            case .modelConfig: return "path"
            case .acceleratorList: return "all|ids"
            }
        }
    }
}
