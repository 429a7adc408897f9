import Foundation
import ReckonCore
import ReckonUnits

/// Reads a Hugging Face `config.json` into a ``ModelSpec``: layers, hidden size, heads, KV heads, head size,
/// FFN sizes, vocabulary, context, the mixture-of-experts and attention shape, and the total and active
/// parameters counted from that shape (``ModelParameterCount``).
///
/// Supported `architectures` (``knownArchitectures``): Llama 2–3 and Mistral (dense), Qwen2/Qwen3 (dense),
/// Gemma 2, Gemma 3 (text model or the `text_config` of the multimodal checkpoint), Mixtral, Qwen2-MoE,
/// Qwen3-MoE, DeepSeek-V2/V3 (and Kimi K2, which ships as `DeepseekV3ForCausalLM`: latent attention, shared
/// experts, leading dense layers), GPT-OSS, Llama 4 (`text_config`, interleaved MoE layers) and DBRX.
/// Anything else is refused with that list. Vision towers and other non-text parts are not counted; they are
/// listed among the ignored keys.
///
/// Where a key is absent, the value the model's `transformers` configuration class uses by default is taken
/// and reported as assumed (for example `num_key_value_heads = num_attention_heads`). Malformed JSON, a
/// size that is zero, negative, fractional, text or beyond ``CatalogBounds``, heads that do not divide the
/// hidden size when `head_dim` is absent, or a layer layout Reckon cannot represent are refused with an
/// ``InputError`` naming the file, the key and the reason.
public enum ModelConfigReader {
    /// Files larger than this are refused unread (a config.json is a few kilobytes).
    public static let maximumFileBytes = 16 << 20

    /// Every architecture name the reader accepts, sorted.
    public static var knownArchitectures: [String] { families.keys.sorted() }

    static let families: [String: ModelFamily] = [
        "LlamaForCausalLM": .llama, "MistralForCausalLM": .mistral,
        "Qwen2ForCausalLM": .qwen2, "Qwen3ForCausalLM": .qwen3,
        "Gemma2ForCausalLM": .gemma2, "Gemma3ForCausalLM": .gemma3, "Gemma3ForConditionalGeneration": .gemma3,
        "MixtralForCausalLM": .mixtral, "Qwen2MoeForCausalLM": .qwen2Moe, "Qwen3MoeForCausalLM": .qwen3Moe,
        "DeepseekV2ForCausalLM": .deepseek, "DeepseekV3ForCausalLM": .deepseek,
        "GptOssForCausalLM": .gptOss,
        "Llama4ForConditionalGeneration": .llama4, "Llama4ForCausalLM": .llama4,
        "DbrxForCausalLM": .dbrx,
    ]

    /// Architectures whose text model sits under `text_config`.
    static let nestedArchitectures: Set<String> = ["Gemma3ForConditionalGeneration", "Llama4ForConditionalGeneration"]

    /// Reads the file at `path`. `id` and `name` default to the file's name.
    public static func read(path: String, id: String? = nil, name: String? = nil) throws -> ModelConfigReading {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        guard let attributes, (attributes[.type] as? FileAttributeType) == .typeRegular else {
            // A regular file only: a FIFO or a device would block the read or never end.
            throw InputError(field: "model_config", value: path, allowed: "a readable Hugging Face config.json file")
        }
        if let size = attributes[.size] as? Int, size > maximumFileBytes {
            throw InputError(
                field: "model_config", value: path,
                allowed: "a config.json of at most \(maximumFileBytes >> 20) MiB", hint: "\(size) bytes")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(field: "model_config", value: path, allowed: "a readable Hugging Face config.json file")
        }
        return try read(data: data, file: path, id: id, name: name)
    }

    /// Reads the bytes of a config file; `file` names it in messages (a path, or `request` for an API body).
    public static func read(data: Data, file: String, id: String? = nil, name: String? = nil) throws
        -> ModelConfigReading
    {
        guard data.count <= maximumFileBytes else {
            throw InputError(field: "model_config", value: file, allowed: "at most \(maximumFileBytes >> 20) MiB")
        }
        let json: ConfigJSON
        do { json = try ConfigJSON.parse(data) } catch {
            throw InputError(
                field: "model_config", value: file, allowed: "valid JSON (a Hugging Face config.json)",
                hint: parseProblem(error))
        }
        return try read(json: json, file: file, id: id, name: name)
    }

    /// Reads an already-parsed config object (the API's `model_config` field).
    public static func read(json: ConfigJSON, file: String, id: String? = nil, name: String? = nil) throws
        -> ModelConfigReading
    {
        guard case .object(let root) = json else {
            throw InputError(
                field: "model_config", value: json.shown, allowed: "a JSON object (config.json)",
                hint: "file \(file)")
        }
        var top = ModelConfigFields(root, file: file)
        let architecture = try chooseArchitecture(&top)
        let family = families[architecture]!
        var text = top
        if nestedArchitectures.contains(architecture) {
            guard let nested = try top.nested("text_config") else {
                throw top.error("text_config", "missing", "the text model's settings (\(architecture) nests them)")
            }
            text = nested
        }
        var built = try family.build(&text, top: &top, architecture: architecture)
        if nestedArchitectures.contains(architecture) { top.absorb(text) } else { top = text }
        let count = try ModelParameterCount(model: built.spec, details: built.details)
        built.spec.totalParameters = Parameters(count.total)
        built.spec.activeParameters = Parameters(count.active)
        built.spec.id = id ?? defaultID(file)
        built.spec.name = name ?? "\(architecture) (\((file as NSString).lastPathComponent))"
        built.spec.source =
            "Hugging Face config.json (\(architecture)) read from \(file); parameters counted "
            + "from the shape (ModelParameterCount)"
        return ModelConfigReading(
            spec: built.spec, count: count, architecture: architecture, file: file,
            read: top.read, assumed: top.assumed, ignored: top.ignored)
    }

    /// The first known entry of `architectures`, or an error listing the known ones.
    static func chooseArchitecture(_ top: inout ModelConfigFields) throws -> String {
        let known = knownArchitectures.joined(separator: ", ")
        guard let value = top.value("architectures") else {
            throw top.error("architectures", "missing", "a list naming one of: \(known)")
        }
        var names: [String] = []
        if case .array(let items) = value {
            for item in items { if case .string(let s) = item { names.append(s) } }
        } else if case .string(let s) = value {
            names = [s]
        }
        guard let chosen = names.first(where: { families[$0] != nil }) else {
            throw top.error("architectures", value.shown, "one of: \(known)")
        }
        top.read.append(.init(key: "architectures", value: value.shown, meaning: "architecture \(chosen)"))
        return chosen
    }

    /// A catalog ID from a file name: `configs/qwen3-8b.json` → `qwen3-8b`; `llama/config.json` → `llama`.
    static func defaultID(_ file: String) -> String {
        let path = file as NSString
        var base = (path.lastPathComponent as NSString).deletingPathExtension
        if base.lowercased() == "config" {
            let parent = (path.deletingLastPathComponent as NSString).lastPathComponent
            if !parent.isEmpty && parent != "." && parent != "/" { base = parent }
        }
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789.-")
        let mapped = String(base.lowercased().map { allowed.contains($0) ? $0 : "-" })
        let trimmed = mapped.trimmingCharacters(in: CharacterSet(charactersIn: "-."))
        return trimmed.isEmpty ? "model-config" : trimmed
    }

    /// A one-line account of a JSON parsing failure.
    static func parseProblem(_ error: Error) -> String {
        if let e = error as? DecodingError {
            switch e {
            case .dataCorrupted(let c), .typeMismatch(_, let c), .valueNotFound(_, let c), .keyNotFound(_, let c):
                let detail = (c.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
                return (detail ?? c.debugDescription).replacingOccurrences(of: "\n", with: " ")
            @unknown default: break
            }
        }
        return String(describing: error).replacingOccurrences(of: "\n", with: " ")
    }
}
