import Foundation
import Hummingbird
import HummingbirdTesting
import ReckonCatalog
import ReckonInput
@testable import ReckonReport
import Testing
@testable import ReckonServer

/// Every page of the web app, in-process: built from parts (never the text output), with the site navigation, a
/// chart with its downloads, escaped input, aliases resolved in the form and the permalink.
@Suite struct PageRouteTests {
    func get(_ path: String) async throws -> (status: HTTPResponse.Status, html: String) {
        try await buildApplication(ServerSettings(port: 0)).test(.router) { client in
            let response = try await client.execute(uri: path, method: .get)
            return (response.status, String(buffer: response.body))
        }
    }

    static let pages = [
        "/", "/train", "/scale", "/plan", "/validate", "/project", "/roadmap", "/infer", "/deploy",
        "/sensitivity", "/compare", "/catalog", "/catalog/h100-sxm", "/catalog/llama-3.1-70b",
    ]

    @Test(arguments: pages) func everyPageHasNavigationAChartAndNoTextDump(_ path: String) async throws {
        let (status, html) = try await get(path)
        #expect(status == .ok)
        #expect(html.contains("id=\"site-nav\""), "\(path): no site navigation")
        for link in ["/train", "/validate", "/compare", "/catalog", "/sensitivity"] {
            #expect(html.contains("href=\"\(link)\""), "\(path): the navigation lacks \(link)")
        }
        #expect(html.contains("<svg"), "\(path): no chart")
        #expect(!html.contains("<pre"), "\(path): a preformatted block")
        #expect(!html.contains("id=\"error\""), "\(path): an error on the opening scenario")
        #expect(!html.contains("http://") || !html.contains("src=\"http"), "\(path): an external resource")
        if path != "/" {
            #expect(html.contains("id=\"headline\""), "\(path): no headline")
            #expect(html.contains("download=\"") && html.contains("data:text/csv"), "\(path): no chart downloads")
        }
    }

    /// Every analysis page has a result table with right-aligned numbers, assumptions or sources, and the train,
    /// infer pages their derivation folded.
    @Test(arguments: Analyses.all().map(\.name)) func analysisPagesHaveTablesAndSources(_ name: String) async throws {
        let (_, html) = try await get("/" + name)
        #expect(html.contains("<table") && html.contains("class=\"num\""), "/\(name): no numeric table")
        #expect(html.contains("id=\"sources\""), "/\(name): no sources")
        if ["train", "infer"].contains(name) {
            #expect(html.contains("<details class=\"derivation\""), "/\(name): no derivation")
        }
    }

    /// `/train?gpu=h100` computes the H100 SXM and the drop-down shows it, as does the permalink.
    @Test func aliasesResolveInTheFormAndThePermalink() async throws {
        let (_, html) = try await get("/train?gpu=h100&precision=BF16&gpus=2048")
        #expect(html.contains("<option selected value=\"h100-sxm\">"))
        #expect(html.contains("<option selected value=\"bf16\">"))
        #expect(html.contains("href=\"/train?gpu=h100-sxm&amp;gpus=2048&amp;precision=bf16\""))
        #expect(html.contains("NVIDIA H100 SXM5"))
        #expect(!html.contains("<option selected value=\"v100\">"))
    }

    /// A field under "More fields" is in the permalink and opens the fold; the command line names it too.
    @Test func permalinkCarriesEveryField() async throws {
        let (_, html) = try await get("/train?gpus=512&pue=1.3&electricity_price=0.12")
        #expect(html.contains("href=\"/train?electricity_price=0.12&amp;gpus=512&amp;pue=1.3\""))
        #expect(html.contains("<details class=\"more\" id=\"more\" open>"))
        #expect(html.contains("reckon train --gpus 512"))
        #expect(html.contains("--pue 1.3") && html.contains("--electricity-price 0.12"))
    }

    /// The field an error names is marked in the form.
    @Test func anErrorMarksItsField() async throws {
        let (_, html) = try await get("/train?mfu=7")
        #expect(html.contains("id=\"error\""))
        #expect(html.contains("id=\"field-mfu\" value=\"7\" placeholder=\"\" aria-invalid=\"true\""))
    }

    @Test func hostileInputIsEscaped() async throws {
        let (_, html) = try await get("/catalog?q=%3Cscript%3Ealert(1)%3C/script%3E")
        #expect(!html.contains("<script>alert(1)"))
        #expect(html.contains("&lt;script&gt;alert(1)"))
        let (status, entry) = try await get("/catalog/%3Cb%3Enope")
        #expect(status == .notFound)
        #expect(!entry.contains("<b>nope"))
    }

    /// The compare page opens with two scenarios and the differing input highlighted; a third can be added.
    @Test func comparePageShowsScenariosSideBySide() async throws {
        let (_, html) = try await get("/compare?command=train&a.gpu=h100&b.gpu=a100-80gb&n=3")
        #expect(
            html.contains("id=\"scenario-a\"") && html.contains("id=\"scenario-b\"")
                && html.contains("id=\"scenario-c\""))
        #expect(html.contains("<tr class=\"differs\"><td>gpu</td><td>h100-sxm</td><td>a100-80gb</td><td>default</td>"))
        #expect(html.contains("B ÷ A") && html.contains("C ÷ A"))
        #expect(html.contains("id=\"chart\""))
    }

    /// The opening scenarios of the sensitivity and compare pages use only fields the commands take (a field a
    /// command does not know would be dropped silently from the form).
    @Test func openingScenariosUseRealFields() throws {
        for (command, example) in SensitivityPage.examples {
            let keys = try #require(Analyses.named(command)).inputs.keys
            #expect(Set(example.keys).isSubset(of: keys), "sensitivity \(command): \(example.keys)")
        }
        for (command, scenarios) in ComparePage.examples {
            let keys = try #require(Analyses.named(command)).inputs.keys
            for s in scenarios { #expect(Set(s.keys).isSubset(of: keys), "compare \(command): \(s.keys)") }
        }
    }

    /// `HEAD` and the method guard know the new pages.
    @Test func newPagesTakeGetAndHeadOnly() async throws {
        try await buildApplication(ServerSettings(port: 0)).test(.router) { client in
            for path in ["/compare", "/sensitivity", "/catalog", "/catalog/h100-sxm"] {
                let head = try await client.execute(uri: path, method: .head)
                #expect(head.status == .ok, "HEAD \(path)")
                let post = try await client.execute(
                    uri: path, method: .post, headers: [.contentType: "application/json"],
                    body: ByteBuffer(string: "{}"))
                #expect(post.status == .methodNotAllowed, "POST \(path)")
            }
        }
    }
}
