import Foundation
import ReckonCatalog
import ReckonCore

extension InputFields {
    /// The model a `model_config` field gives (``ModelConfigReader``): a path to a Hugging Face config.json (flag,
    /// scenario file) or the config object itself (scenario file, API body, kept as its JSON text). Adds what the
    /// reader assumed to `assumptions` and a note naming what it read and ignored. Nil when the field is absent.
    ///
    /// Refused: `model_config` together with `model` (one model at a time), and a path in an API request (a server
    /// does not read files a request names).
    func modelFromConfig(assumptions: inout [Assumption], notes: inout [String]) throws -> ModelSpec? {
        guard let value = self[Field.modelConfig.key] else { return nil }
        let origin = origins[Field.modelConfig.key]
        guard case .text(let raw) = value, !raw.trimmingWhitespace().isEmpty else {
            throw InputError(
                field: "model_config", value: value.description,
                allowed: FieldSyntax.modelConfig.description, hint: origin)
        }
        if has(Field.model.key) {
            throw InputError(
                field: "model_config", value: raw.count > 80 ? String(raw.prefix(80)) + "…" : raw,
                allowed: "either --model or --model-config, not both", hint: origin)
        }
        let text = raw.trimmingWhitespace()
        let reading: ModelConfigReading
        if text.hasPrefix("{") {
            reading = try ModelConfigReader.read(
                data: Data(text.utf8), file: "model_config (inline)",
                id: "model-config")
        } else {
            if origin?.contains("request body") == true || origin?.contains("query") == true {
                throw InputError(
                    field: "model_config", value: String(text.prefix(80)),
                    allowed: "the config.json object itself (the API does not read paths)", hint: origin)
            }
            reading = try ModelConfigReader.read(path: text)
        }
        for a in reading.assumed {
            assumptions.append(Assumption("model_config " + a.key, a.value, source: a.reason))
        }
        let ignored = reading.ignored.isEmpty ? "none" : reading.ignored.joined(separator: ", ")
        notes.append(
            "Model read from \(reading.file) (\(reading.architecture)): \(reading.read.count) keys read, "
                + "\(reading.assumed.count) assumed; parameters counted from the shape, "
                + "\(reading.spec.totalParameters.formatted) total, \(reading.spec.activeParameters.formatted) "
                + "active. Ignored: \(ignored).")
        return reading.spec
    }
}
