import Testing
import ReckonCore
import ReckonUnits

@Suite struct CheckpointStorageTests {
    @Test func bandwidthIsNodeLinksUntilTheFileSystemCaps() throws {
        // min(50 GB/s × ⌈N/8⌉, 2 TB/s): 8 GPUs → 50 GB/s; 9 GPUs → 2 nodes, 100 GB/s; 320 GPUs → 40 nodes = 2 TB/s;
        // beyond that the file system. Hand arithmetic, exact.
        let s = CheckpointStorage.llama3Class
        #expect(s.bandwidth(gpus: 8) == 50e9)
        #expect(s.bandwidth(gpus: 9) == 100e9)
        #expect(s.bandwidth(gpus: 320) == 2e12)
        #expect(s.bandwidth(gpus: 16_384) == 2e12)
        let paper = try CheckpointStorage(fileSystem: .gigabytesPerSecond(500), nodeLink: nil)
        #expect(paper.bandwidth(gpus: 8) == 500e9 && paper.bandwidth(gpus: 100_000) == 500e9)
    }

    @Test func badStorageNamesTheField() {
        do {
            _ = try CheckpointStorage(fileSystem: .terabytesPerSecond(2), nodeLink: BytesPerSecond(0))
            Issue.record("zero link accepted")
        } catch let e as InputError { #expect(e.field == "node_storage_bandwidth") } catch { Issue.record("\(error)") }
        #expect(throws: InputError.self) { try CheckpointStorage(fileSystem: BytesPerSecond(-1), nodeLink: nil) }
    }
}
