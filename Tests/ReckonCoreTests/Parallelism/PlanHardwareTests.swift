import Testing
import ReckonCatalog
import ReckonCore

/// The plan model's A100 80GB preset (kept in ReckonCore, which cannot see the catalog, for the Megatron
/// calibration) must not drift from the catalog entry and its plan details users get with `--gpu a100-80gb`.
@Test func a100PresetEqualsTheCatalogEntry() throws {
    let fromCatalog = try BuiltinPlanDetails.hardware(for: BuiltinAccelerators.a100_80GB)
    #expect(fromCatalog == PlanHardware.a100SXM80GB)
}

struct PlanHardwareTopologyTests {
    @Test(
        """
        scale-up bandwidth a group can use: switched = all links; fully connected = n − 1 peer links; torus = dims \
        filled
        """
    )
    func groupBandwidth() {
        var h = PlanHardware.a100SXM80GB
        #expect(h.scaleUpBandwidth(groupSize: 2) == 300e9 && h.scaleUpBandwidth(groupSize: 8) == 300e9)
        // MI300X: 7 Infinity Fabric links of 64 GB/s (448 GB/s in all).
        h.scaleUpBandwidth = 448e9
        h.scaleUpTopology = .fullyConnected(peerBandwidth: 64e9)
        #expect(h.scaleUpBandwidth(groupSize: 2) == 64e9)
        #expect(h.scaleUpBandwidth(groupSize: 4) == 192e9)
        #expect(h.scaleUpBandwidth(groupSize: 8) == 448e9)
        // 3D torus of rings of 4: ≤ 4 chips fill one dimension, ≤ 16 two, more all three.
        h.scaleUpBandwidth = 300e9
        h.scaleUpTopology = .torus(dimensions: 3, ringSize: 4)
        #expect(h.scaleUpBandwidth(groupSize: 4) == 100e9)
        #expect(h.scaleUpBandwidth(groupSize: 16) == 200e9)
        #expect(h.scaleUpBandwidth(groupSize: 64) == 300e9 && h.scaleUpBandwidth(groupSize: 4096) == 300e9)
    }

    @Test("non-NVLink parts build from the catalog: TPU v4/v5p (torus ICI), MI300X (Infinity Fabric), Gaudi (RoCE)")
    func nonNVLinkHardware() throws {
        let catalog = Catalog.builtin
        let v4 = try BuiltinPlanDetails.hardware(for: try catalog.accelerator("tpu-v4"))
        #expect(v4.scaleUpTopology == .torus(dimensions: 3, ringSize: 4) && v4.scaleUpBandwidth == 300e9)
        #expect(!v4.hasScaleOut && v4.scaleUpDomain == 4096)
        let v5p = try BuiltinPlanDetails.hardware(for: try catalog.accelerator("tpu-v5p"))
        #expect(v5p.scaleUpBandwidth == 600e9 && v5p.scaleOutBandwidth == 6.25e9)
        let mi300x = try BuiltinPlanDetails.hardware(for: try catalog.accelerator("mi300x"))
        #expect(mi300x.scaleUpTopology == .fullyConnected(peerBandwidth: 64e9) && mi300x.computeUnits == 304)
        let gaudi2 = try BuiltinPlanDetails.hardware(for: try catalog.accelerator("gaudi2"))
        #expect(gaudi2.scaleUpBandwidth == 262.5e9 && gaudi2.scaleOutBandwidth == 37.5e9)
        let gaudi3 = try BuiltinPlanDetails.hardware(for: try catalog.accelerator("gaudi3"))
        #expect(gaudi3.scaleUpBandwidth(groupSize: 2) == 75e9 && gaudi3.scaleUpBandwidth(groupSize: 8) == 525e9)
    }

    @Test("a part without a scale-up bandwidth anywhere is refused naming the gpu field")
    func missingFigure() {
        #expect(throws: InputError.self) { try BuiltinPlanDetails.hardware(for: BuiltinAccelerators.mi250x) }
    }
}
