import ReckonCore
import ReckonInput

/// The OpenAPI 3.1 description of the JSON API, generated from the field registry: one `POST /api/v1/{analysis}`
/// per analysis whose request body lists every field the command takes (with its kind, unit, bounds, choices and
/// default), plus the catalog and health routes. Served at `GET /api/v1/openapi.json`.
public enum OpenAPIDocument {
    public static func render(_ analyses: [Analysis], version: String) -> JSONValue {
        var paths: [(String, JSONValue)] = []
        for analysis in analyses {
            paths.append(("/api/v1/\(analysis.name)", .object([("post", operation(analysis))])))
        }
        paths.append(("/api/v1/catalog", .object([("get", simpleGet("The whole catalog: accelerators and models."))])))
        paths.append(("/api/v1/catalog/{item}", .object([("get", catalogItem)])))
        paths.append(("/healthz", .object([("get", simpleGet("Liveness: answers `ok`.", text: true))])))
        return .object([
            ("openapi", .string("3.1.0")),
            ("info", .object([
                ("title", .string("Reckon")),
                ("version", .string(version)),
                ("description", .string("What it takes to train and serve foundation models. Every request field is a "
                                        + "flag of the `reckon` command of the same name (snake_case here, dashes on "
                                        + "the command line); the response is that command's --format json.")),
            ])),
            ("paths", .object(paths)),
            ("components", .object([("schemas", .object([("Error", errorSchema)]))])),
        ])
    }

    static let errorSchema: JSONValue = .object([
        ("type", .string("object")),
        ("required", .array([.string("error"), .string("field")])),
        ("properties", .object([
            ("error", .object([("type", .string("string"))])),
            ("field", .object([("type", .array([.string("string"), .string("null")]))])),
        ])),
    ])

    static func errorResponse(_ description: String) -> JSONValue {
        .object([
            ("description", .string(description)),
            ("content", .object([("application/json", .object([
                ("schema", .object([("$ref", .string("#/components/schemas/Error"))])),
            ]))])),
        ])
    }

    static func operation(_ analysis: Analysis) -> JSONValue {
        var uses = analysis.inputs.uses
        if analysis.uncertain != nil { uses += CommandInputs.samplingUses }
        let properties = uses.map { ($0.key, schema($0, distributions: analysis.uncertain != nil)) }
        return .object([
            ("summary", .string(analysis.title)),
            ("description", .string(analysis.summary)),
            ("operationId", .string(analysis.name)),
            ("requestBody", .object([
                ("required", .bool(true)),
                ("content", .object([("application/json", .object([("schema", .object([
                    ("type", .string("object")),
                    ("additionalProperties", .bool(false)),
                    ("properties", .object(properties)),
                ]))]))])),
            ])),
            ("responses", .object([
                ("200", .object([
                    ("description", .string("The same JSON as `reckon \(analysis.name) --format json`.")),
                    ("content", .object([("application/json", .object([
                        ("schema", .object([("type", .string("object"))])),
                    ]))])),
                ])),
                ("400", errorResponse("The body is not a JSON object.")),
                ("413", errorResponse("The body, or the work it asks for, is over the server's limit.")),
                ("415", errorResponse("The body is not application/json.")),
                ("422", errorResponse("A field is refused: `field` names it, `error` says what is allowed.")),
            ])),
        ])
    }

    /// One field's schema: numbers may also be text with a unit (`$2.5/h`) or, where allowed, a distribution.
    static func schema(_ use: FieldUse, distributions: Bool) -> JSONValue {
        var items: [(String, JSONValue)] = []
        var description = use.help
        if let unit = use.field.unit { description += " Unit of a bare number: \(unit)." }
        switch use.field.kind {
        case .quantity, .number, .integer:
            let numeric: JSONValue = numberSchema(use)
            var text = "text with a unit or count suffix"
            if distributions && use.field.distribution { text += ", or a distribution such as 0.3..0.5" }
            items.append(("oneOf", .array([numeric, .object([("type", .string("string")),
                                                              ("description", .string(text))])])))
        case .choice:
            items.append(("type", .string("string")))
            items.append(("enum", .array((use.choices ?? []).map { .string($0) })))
        case .catalogID(let kind):
            items.append(("type", .string("string")))
            items.append(("maxLength", .number(128)))
            description += " A \(kind.rawValue) ID of `GET /api/v1/catalog`."
        case .flag, .toggle:
            items.append(("type", .string("boolean")))
        case .syntax(let syntax):
            if case .lever = syntax {
                items.append(("oneOf", .array([numberSchema(use), .object([("type", .string("string"))])])))
            } else if case .modelConfig = syntax {
                // The API takes the config object itself: a server does not read paths named in a request.
                items.append(("type", .string("object")))
                description += " In the API, the config.json object itself (a path is refused)."
            } else {
                items.append(("type", .string("string")))
            }
            description += " Written as " + syntax.description + "."
        }
        items.insert(("description", .string(description)), at: 0)
        if let d = use.defaultValue { items.append(("default", .string(d))) }
        return .object(items)
    }

    static func numberSchema(_ use: FieldUse) -> JSONValue {
        var items: [(String, JSONValue)] = [("type", .string(use.bounds?.integer == true ? "integer" : "number"))]
        if let b = use.bounds {
            if let low = b.lower { items.append((b.lowerIncluded ? "minimum" : "exclusiveMinimum", .number(low))) }
            if let high = b.upper { items.append((b.upperIncluded ? "maximum" : "exclusiveMaximum", .number(high))) }
        }
        return .object(items)
    }

    static func simpleGet(_ description: String, text: Bool = false) -> JSONValue {
        .object([
            ("summary", .string(description)),
            ("responses", .object([("200", .object([
                ("description", .string(description)),
                ("content", .object([(text ? "text/plain" : "application/json", .object([
                    ("schema", .object([("type", .string(text ? "string" : "object"))])),
                ]))])),
            ]))])),
        ])
    }

    static let catalogItem: JSONValue = .object([
        ("summary", .string("`accelerators`, `models`, or one entry by ID with every figure and its source.")),
        ("parameters", .array([.object([
            ("name", .string("item")), ("in", .string("path")), ("required", .bool(true)),
            ("schema", .object([("type", .string("string")), ("maxLength", .number(128))])),
        ])])),
        ("responses", .object([
            ("200", .object([
                ("description", .string("The list or the entry.")),
                ("content", .object([("application/json", .object([
                    ("schema", .object([("type", .string("object"))])),
                ]))])),
            ])),
            ("404", errorResponse("No such entry (with a suggestion).")),
        ])),
    ])
}
