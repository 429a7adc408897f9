import ReckonAnalysis
import ReckonCore
import Testing
@testable import ReckonInput

/// `reckon choose` (issue 18): the same figures as `reckon train`, picks that a brute force agrees with, the frontier's
/// properties, and refusals that name the field.
@Suite struct ChooseRequestTests {
    static func fields(_ f: [String: String]) -> InputFields { InputFields(f.mapValues { .text($0) }, origin: "test") }

    /// A small space that runs in well under a second in a debug build.
    static let small = ["model": "llama-2-7b", "gpu": "h100-sxm,a100-80gb,b200,mi300x,tpu-v5p", "gpus": "256..2048"]

    static func refusal(_ f: [String: String]) -> InputError? {
        do { _ = try ChooseRequest.run(fields(f)) } catch let e as InputError { return e } catch { return nil }
        return nil
    }

    @Test(
        "one accelerator at one size gives exactly reckon train's figures for that plan",
        arguments: [
            ["model": "llama-3.1-70b", "gpu": "h100-sxm", "gpus": "1024"],
            ["model": "llama-2-7b", "gpu": "b200", "gpus": "512", "tokens": "1T", "pue": "1.3", "price": "own"],
            [
                "model": "llama-3.1-8b", "gpu": "h100-sxm", "gpus": "256", "precision": "fp8",
                "failures": "rsc-a100-observed",
            ],
            ["model": "llama-2-13b", "gpu": "a100-80gb", "gpus": "128", "no_failures": "true"],
        ])
    func sameFiguresAsTrain(_ f: [String: String]) throws {
        let a = try ChooseRequest.run(Self.fields(f))
        #expect(a.result.points.count == 1)
        let p = try #require(a.result.points.first)
        let figures = try #require(p.figures)
        var trainFields = f
        trainFields["price"] = nil
        let t = try TrainRequest.resolve(Self.fields(trainFields))
        let e = t.scenario.estimate()
        #expect(p.mfu == t.scenario.mfu)
        #expect(p.failureOverhead == t.scenario.failureOverhead)
        #expect(figures.wallClock == e.wallClock && figures.acceleratorTime == e.acceleratorTime)
        #expect(figures.rentalCost == e.rentalCost && figures.ownershipCost == e.ownershipCost)
        #expect(figures.energy == e.energy && figures.emissions == e.emissions && figures.compute == e.compute)
        #expect(p.cost == (f["price"] == "own" ? e.ownershipCost?.value : e.rentalCost?.value))
        // The plan behind the MFU is the one train states.
        let stated = try #require(t.assumptions.first { $0.key == "mfu" }?.value)
        #expect(stated.contains(p.plan!.plan.summary))
    }

    @Test("the picks agree with a brute force over every configuration; verdicts account for all of them")
    func picksAreTheBruteForceOptima() throws {
        let base = try ChooseRequest.run(Self.fields(Self.small))
        let priced = base.result.points.indices.filter { base.result.points[$0].status == .priced }
        #expect(priced.count >= 5)
        let days = priced.map { base.result.points[$0].days! }.sorted()
        let costs = priced.map { base.result.points[$0].cost! }.sorted()
        for deadline in [days[days.count / 2], days.last! * 2] {
            var f = Self.small
            f["deadline"] = "\(deadline)d"
            let a = try ChooseRequest.run(Self.fields(f))
            let c = try #require(a.cheapest)
            let best = priced.filter { a.result.points[$0].days! <= deadline }.map { a.result.points[$0].cost! }.min()
            #expect(a.result.points[c].cost == best && a.result.points[c].days! <= deadline)
        }
        for budget in [costs[costs.count / 2], costs.last! * 2] {
            var f = Self.small
            f["budget"] = "\(budget)"
            let a = try ChooseRequest.run(Self.fields(f))
            let q = try #require(a.fastest)
            let best = priced.filter { a.result.points[$0].cost! <= budget }.map { a.result.points[$0].days! }.min()
            #expect(a.result.points[q].days == best && a.result.points[q].cost! <= budget)
        }
        // tpu-v5p has no published rental price; every configuration is counted once.
        let statuses = base.result.points.map(\.status)
        #expect(statuses.contains(.noPrice))
        #expect(
            base.result.points.filter { base.resolved.accelerators[$0.candidate].id == "tpu-v5p" }
                .allSatisfy { $0.status != .priced })
    }

    @Test("property: a looser deadline never raises the cheapest cost (seeded deadlines, full request path)")
    func looserDeadlineNeverCostsMore() throws {
        let base = try ChooseRequest.run(Self.fields(Self.small))
        let fastest = base.result.points[base.result.frontier[0]].days!
        var g = SeededGenerator(seed: 7)
        let deadlines = (0..<6).map { _ in fastest * Double.random(in: 1...40, using: &g) }.sorted()
        var previous = Double.infinity
        for d in deadlines {
            var f = Self.small
            f["deadline"] = "\(d)"
            let a = try ChooseRequest.run(Self.fields(f))
            let cost = a.result.points[try #require(a.cheapest)].cost!
            #expect(cost <= previous, "deadline \(d) days costs \(cost) > \(previous)")
            previous = cost
        }
    }

    @Test("property: adding an accelerator never worsens the frontier (seeded subsets)")
    func moreAcceleratorsNeverWorsen() throws {
        let full = try ChooseRequest.run(Self.fields(Self.small))
        let ids = full.resolved.accelerators.map(\.id)
        // Each configuration is independent of the others: a run on a subset gives the same points.
        let pair = try ChooseRequest.run(Self.fields(Self.small.merging(["gpu": "b200,h100-sxm"]) { $1 }))
        for p in pair.result.points {
            let q = try #require(
                full.result.points.first {
                    ids[$0.candidate] == pair.resolved.accelerators[p.candidate].id && $0.gpus == p.gpus
                })
            #expect(q.days == p.days && q.cost == p.cost && q.status == p.status)
        }
        func frontier(_ subset: Set<String>) -> [(x: Double, y: Double)] {
            let points = full.result.points.filter { subset.contains(ids[$0.candidate]) }
            let r = ChoiceResult(points: points)
            return r.frontier.map { (r.points[$0].days!, r.points[$0].cost!) }
        }
        var g = SeededGenerator(seed: 11)
        for _ in 0..<40 {
            let small = Set(ids.filter { _ in Bool.random(using: &g) })
            let extra = ids.filter { !small.contains($0) }.randomElement(using: &g)
            guard let extra else { continue }
            let before = frontier(small)
            let after = frontier(small.union([extra]))
            for p in before { #expect(ParetoFrontier.covers(after, p.x, p.y), "adding \(extra) to \(small)") }
        }
    }

    @Test("refusals name the field: empty range, unreachable deadline, budget below the cheapest, nothing fits")
    func refusals() throws {
        let empty = try #require(Self.refusal(["model": "llama-2-7b", "gpu": "h100-sxm", "gpus": "300..500"]))
        #expect(empty.field == "gpus" && empty.value == "300..500")
        var f = Self.small
        f["deadline"] = "0.001d"
        let late = try #require(Self.refusal(f))
        #expect(late.field == "deadline" && late.value == "0.001d" && late.allowed.contains("fastest achievable"))
        f = Self.small
        f["budget"] = "$10"
        let poor = try #require(Self.refusal(f))
        #expect(poor.field == "budget" && poor.allowed.contains("at least the cheapest: $"))
        let big = try #require(Self.refusal(["model": "llama-3.1-405b", "gpu": "a100-40gb", "gpus": "8,16"]))
        #expect(big.field == "gpus" && big.hint?.contains("memory") == true)
        #expect(Self.refusal(["gpu": "h100-sxm,,b200"])?.field == "gpu")
        #expect(Self.refusal(["gpu": "h100-sxm,h100-sxm"])?.field == "gpu")
        #expect(Self.refusal(["gpu": "no-such-gpu"])?.field == "gpu")
        #expect(
            Self.refusal(["model": "llama-2-7b", "gpu": "tpu-v5p", "gpus": "256", "deadline": "90d"])?.field
                == "price")
        #expect(Self.refusal(Self.small.merging(["layers": "8..16"]) { $1 })?.field == "layers")
    }

    @Test("samples: each frontier point's interval, reproducible by seed, bracketing the residual interval")
    func sampledIntervals() throws {
        let sampled = Self.small.merging(["samples": "4000", "seed": "3"]) { $1 }
        let a = try ChooseRequest.run(Self.fields(sampled))
        let b = try ChooseRequest.run(Self.fields(sampled))
        #expect(a.samples == 4000 && a.seed == 3)
        let residual = ResidualInterval.planModel
        for i in a.result.frontier {
            let band = try #require(a.intervals[i])
            let p = a.result.points[i]
            #expect(band == b.intervals[i])
            let median = try #require(band.days.p50)
            #expect(band.days.p5 < median && median < band.days.p95)
            // Only the residual ratio is sampled: its p5–p95 maps onto days ÷ q₉₅ … ÷ q₅ (sampling error ~3%).
            #expect(abs(band.days.p5 / (p.days! / residual.highRatio) - 1) < 0.03)
            #expect(abs(band.days.p95 / (p.days! / residual.lowRatio) - 1) < 0.03)
        }
        let tokens = try ChooseRequest.run(
            Self.fields(
                Self.small.merging(["tokens": "1.5T..2.5T", "samples": "2000"]) {
                    $1
                }))
        let i = tokens.result.frontier[0]
        let wide = try #require(tokens.intervals[i])
        let narrow = try #require(a.intervals[a.result.frontier[0]])
        #expect(wide.days.p95 / wide.days.p5 > narrow.days.p95 / narrow.days.p5)
        #expect(Self.refusal(Self.small.merging(["params": "6B..8B"]) { $1 })?.field == "params")
    }
}
