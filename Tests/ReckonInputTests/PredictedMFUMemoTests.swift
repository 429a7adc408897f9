import ReckonCatalog
import ReckonCore
import Testing

@testable import ReckonInput

/// The memo gives the search's own answer, the same on every call, and keys on every input that changes it.
@Suite struct PredictedMFUMemoTests {
    @Test func memoGivesTheSearchsAnswer() throws {
        let model = try Catalog.builtin.model("gpt-3")
        let h100 = try Catalog.builtin.accelerator("h100-sxm")
        let searched = try #require(
            PlanRequest.searchedMFU(
                model: model, accelerator: h100, gpus: 512, precision: .bf16, framework: FrameworkProfiles.default,
                flopPerToken: nil))
        for _ in 0..<2 {
            let memo = try #require(
                PlanRequest.predictedMFU(model: model, accelerator: h100, gpus: 512, precision: .bf16))
            #expect(memo.mfu == searched.mfu && memo.assumption == searched.assumption)
        }
        let other = try #require(
            PlanRequest.predictedMFU(model: model, accelerator: h100, gpus: 4096, precision: .bf16))
        let direct = try #require(
            PlanRequest.searchedMFU(
                model: model, accelerator: h100, gpus: 4096, precision: .bf16, framework: FrameworkProfiles.default,
                flopPerToken: nil))
        #expect(other.mfu == direct.mfu)
    }
}
