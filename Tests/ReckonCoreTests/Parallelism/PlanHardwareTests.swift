import Testing
import ReckonCore
import ReckonCatalog

/// The plan model's A100 80GB preset (kept in ReckonCore, which cannot see the catalog, for the Megatron
/// calibration) must not drift from the catalog entry users get with `--gpu a100-80gb`.
@Test func a100PresetEqualsTheCatalogEntry() throws {
    let fromCatalog = try PlanHardware(accelerator: BuiltinAccelerators.a100_80GB)
    #expect(fromCatalog == PlanHardware.a100SXM80GB)
}
