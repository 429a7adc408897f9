import ReckonCore
import ReckonInput

/// The OpenAPI 3.1 description of the JSON API, generated from the field registry: one `POST /api/v1/{analysis}`
/// per analysis whose request body lists every field the command takes (with its kind, unit, bounds, choices and
/// default), plus the catalog and health routes. Served at `GET /api/v1/openapi.json`.
public enum OpenAPIDocument {
    ///
    /// Each analysis's response schema (`components.schemas.{analysis}_response`) is derived from the documents it
    /// writes for sample requests (``ResponseSchema``); the web pages are listed as `text/html` routes.
    public static func render(_ analyses: [Analysis], version: String) -> JSONValue {
        var paths: [(String, JSONValue)] = []
        var schemas: [(String, JSONValue)] = [("Error", errorSchema)]
        for analysis in analyses {
            paths.append(("/api/v1/\(analysis.name)", .object([("post", operation(analysis))])))
            schemas.append(("\(analysis.name)_response", ResponseSchema.of(analysis)))
        }
        let catalog = ResponseSchema.catalog()
        schemas += [("catalog_list", catalog.list), ("catalog_item", catalog.item)]
        paths.append(
            (
                "/api/v1/catalog",
                .object([
                    (
                        "get",
                        simpleGet(
                            "The whole catalog: accelerators and models.",
                            schema: ref("catalog_list"))
                    )
                ])
            ))
        paths.append(("/api/v1/catalog/{item}", .object([("get", catalogItem)])))
        paths.append(
            (
                "/api/v1/openapi.json",
                .object([
                    (
                        "get",
                        simpleGet(
                            "This document.",
                            schema: .object([("type", .string("object"))]))
                    )
                ])
            ))
        paths.append(("/healthz", .object([("get", simpleGet("Liveness: answers `ok`.", text: true))])))
        for (path, summary) in pages(analyses) { paths.append((path, .object([("get", page(summary, path: path))]))) }
        return .object([
            ("openapi", .string("3.1.0")),
            (
                "info",
                .object([
                    ("title", .string("Reckon")),
                    ("version", .string(version)),
                    (
                        "description",
                        .string(
                            "What it takes to train and serve foundation models. Every request field is a "
                                + "flag of the `reckon` command of the same name (snake_case here, dashes on "
                                + "the command line); the response is that command's --format json.")
                    ),
                ])
            ),
            ("paths", .object(paths)),
            ("components", .object([("schemas", .object(schemas))])),
        ])
    }

    static let errorSchema: JSONValue = .object([
        ("type", .string("object")),
        ("required", .array([.string("error"), .string("field")])),
        (
            "properties",
            .object([
                ("error", .object([("type", .string("string"))])),
                ("field", .object([("type", .array([.string("string"), .string("null")]))])),
            ])
        ),
    ])

    static func errorResponse(_ description: String) -> JSONValue {
        .object([
            ("description", .string(description)),
            (
                "content",
                .object([
                    (
                        "application/json",
                        .object([
                            ("schema", .object([("$ref", .string("#/components/schemas/Error"))]))
                        ])
                    )
                ])
            ),
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
            (
                "requestBody",
                .object([
                    ("required", .bool(true)),
                    (
                        "content",
                        .object([
                            (
                                "application/json",
                                .object([
                                    (
                                        "schema",
                                        .object([
                                            ("type", .string("object")),
                                            ("additionalProperties", .bool(false)),
                                            ("properties", .object(properties)),
                                        ])
                                    )
                                ])
                            )
                        ])
                    ),
                ])
            ),
            (
                "responses",
                .object([
                    (
                        "200",
                        .object([
                            ("description", .string("The same JSON as `reckon \(analysis.name) --format json`.")),
                            (
                                "content",
                                .object([
                                    (
                                        "application/json",
                                        .object([
                                            ("schema", ref("\(analysis.name)_response"))
                                        ])
                                    )
                                ])
                            ),
                        ])
                    ),
                    ("400", errorResponse("The body is not a JSON object.")),
                    ("413", errorResponse("The body, or the work it asks for, is over the server's limit.")),
                    ("415", errorResponse("The body is not application/json.")),
                    ("422", errorResponse("A field is refused: `field` names it, `error` says what is allowed.")),
                ])
            ),
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
            items.append(
                (
                    "oneOf",
                    .array([
                        numeric,
                        .object([
                            ("type", .string("string")),
                            ("description", .string(text)),
                        ]),
                    ])
                ))
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

    static func ref(_ name: String) -> JSONValue { .object([("$ref", .string("#/components/schemas/\(name)"))]) }

    static func simpleGet(_ description: String, text: Bool = false, schema: JSONValue? = nil) -> JSONValue {
        .object([
            ("summary", .string(description)),
            (
                "responses",
                .object([
                    (
                        "200",
                        .object([
                            ("description", .string(description)),
                            (
                                "content",
                                .object([
                                    (
                                        text ? "text/plain" : "application/json",
                                        .object([
                                            (
                                                "schema",
                                                schema ?? .object([("type", .string(text ? "string" : "object"))])
                                            )
                                        ])
                                    )
                                ])
                            ),
                        ])
                    )
                ])
            ),
        ])
    }

    /// The web app's pages (HTML), with what each shows.
    static func pages(_ analyses: [Analysis]) -> [(String, String)] {
        [("/", "The main report and a card per page.")]
            + analyses.map {
                (
                    "/\($0.name)",
                    "\($0.title): the form (every field of the API body as a query "
                        + "parameter) and the result."
                )
            }
            + [
                ("/sensitivity", "Tornado and rank correlations for a command's inputs given as ranges."),
                ("/compare", "Two to four scenarios of a command side by side (`a.gpu`, `b.gpu`, … and `command`)."),
                ("/catalog", "Every accelerator and model, searchable (`q`)."),
                ("/catalog/{id}", "One catalog entry with every figure and its source."),
            ]
    }

    static func page(_ summary: String, path: String) -> JSONValue {
        var items: [(String, JSONValue)] = [("summary", .string(summary))]
        if path.contains("{id}") {
            items.append(
                (
                    "parameters",
                    .array([
                        .object([
                            ("name", .string("id")), ("in", .string("path")), ("required", .bool(true)),
                            ("schema", .object([("type", .string("string"))])),
                        ])
                    ])
                ))
        }
        let html: JSONValue = .object([("text/html", .object([("schema", .object([("type", .string("string"))]))]))])
        var responses: [(String, JSONValue)] = [
            (
                "200",
                .object([
                    ("description", .string("The page.")),
                    ("content", html),
                ])
            )
        ]
        if path.contains("{id}") {
            responses.append(("404", .object([("description", .string("No such entry.")), ("content", html)])))
        } else if path != "/" && !path.hasPrefix("/catalog") {
            responses.append(
                (
                    "422",
                    .object([
                        ("description", .string("A field given twice, or too much work.")),
                        ("content", html),
                    ])
                ))
        }
        items.append(("responses", .object(responses)))
        return .object(items)
    }

    static let catalogItem: JSONValue = .object([
        ("summary", .string("`accelerators`, `models`, or one entry by ID with every figure and its source.")),
        (
            "parameters",
            .array([
                .object([
                    ("name", .string("item")), ("in", .string("path")), ("required", .bool(true)),
                    ("schema", .object([("type", .string("string")), ("maxLength", .number(128))])),
                ])
            ])
        ),
        (
            "responses",
            .object([
                (
                    "200",
                    .object([
                        ("description", .string("The list or the entry.")),
                        (
                            "content",
                            .object([
                                (
                                    "application/json",
                                    .object([
                                        ("schema", .object([("$ref", .string("#/components/schemas/catalog_item"))]))
                                    ])
                                )
                            ])
                        ),
                    ])
                ),
                ("404", errorResponse("No such entry (with a suggestion).")),
            ])
        ),
    ])
}
