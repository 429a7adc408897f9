import Foundation
import Testing
import ReckonCore
@testable import ReckonReport

/// The development rows `reckon validate` embeds (`DevelopmentSet2026.swift`) against the CSV they came from
/// (`Fixtures/training_throughput.csv`, a verbatim copy of `shared/ground-truth/dev-2026/training_throughput.csv`).
@Suite struct DevelopmentSetTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/training_throughput.csv")

    /// RFC 4180 records: quoted fields may hold commas, doubled quotes and newlines.
    static func records(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var chars = Array(text).makeIterator()
        var pending: Character? = nil
        while let ch = pending ?? chars.next() {
            pending = nil
            if quoted {
                if ch == "\"" {
                    if let next = chars.next() {
                        if next == "\"" {
                            field.append("\"")
                        } else {
                            quoted = false
                            pending = next
                        }
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(ch)
                }
            } else if ch == "\"" {
                quoted = true
            } else if ch == "," {
                row.append(field)
                field = ""
            } else if ch == "\n" || ch == "\r\n" {
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            } else if ch != "\r" {
                field.append(ch)
            }
        }
        if !field.isEmpty || !row.isEmpty {
            row.append(field)
            rows.append(row)
        }
        return rows
    }

    static let table: [[String: String]] = {
        guard let text = try? String(contentsOf: fixture, encoding: .utf8) else { return [] }
        let all = records(text)
        guard let header = all.first else { return [] }
        return all.dropFirst().filter { $0.count == header.count }.map {
            Dictionary(
                uniqueKeysWithValues: zip(
                    header,
                    $0))
        }
    }()

    @Test("every one of the 91 CSV rows is embedded once, in the CSV's order")
    func everyRow() {
        #expect(Self.table.count == 91)
        #expect(GroundTruth.devSet2026.map(\.id) == Self.table.map { $0["row_id"]! })
        #expect(Set(GroundTruth.all.map(\.id)).count == GroundTruth.all.count)
    }

    @Test("embedded figures equal the CSV's: suite, GPUs, published value, shape and printed plan")
    func figures() throws {
        let byID = Dictionary(uniqueKeysWithValues: Self.table.map { ($0["row_id"]!, $0) })
        for c in GroundTruth.devSet2026 {
            let row = try #require(byID[c.id])
            #expect(c.suite == row["source_group"])
            if let gpus = Int(row["gpu_count"]!) { #expect(c.gpus == gpus, "\(c.id)") }
            let printed =
                c.metric == .tokensPerSecondPerGPU ? row["tokens_per_sec_per_gpu"]! : row["model_tflops_per_gpu"]!
            if let value = Double(printed.replacingOccurrences(of: ",", with: "")) {
                #expect(c.published == value, "\(c.id): \(c.published) vs \(value)")
            }
            guard let shape = c.shape else {
                #expect(c.notModelled != nil, "\(c.id) has no shape and no reason")
                continue
            }
            #expect(
                shape.layers == Int(row["layers"]!) && shape.hidden == Int(row["hidden"]!)
                    && shape.heads == Int(row["heads"]!))
            if let kv = Int(row["kv_heads"]!) { #expect(shape.kvHeads == kv, "\(c.id)") }
            let width = Int(row["moe_expert_ffn"]!) ?? Int(row["ffn_hidden"]!)
            #expect(shape.ffn == width, "\(c.id)")
            if let vocab = Int(row["vocab"]!) { #expect(shape.vocabulary == vocab, "\(c.id)") }
            if let seq = Int(row["seq_len"]!) { #expect(shape.sequenceLength == seq, "\(c.id)") }
            if let experts = Int(row["moe_experts"]!) { #expect(shape.experts == experts, "\(c.id)") }
            #expect(c.constraints.tp == (Int(row["tp"]!) ?? 1) && c.constraints.pp == (Int(row["pp"]!) ?? 1), "\(c.id)")
            #expect(c.constraints.cp == (Int(row["cp"]!) ?? 1) && c.constraints.ep == (Int(row["ep"]!) ?? 1), "\(c.id)")
            if let vpp = Int(row["vpp"]!) { #expect(c.constraints.interleave == vpp, "\(c.id)") }
            let fp8 =
                row["precision"]!.uppercased().contains("FP8") || row["precision"]!.uppercased().contains("FLOAT8")
            #expect((c.constraints.precision == .fp8) == fp8, "\(c.id)")
        }
    }
}
