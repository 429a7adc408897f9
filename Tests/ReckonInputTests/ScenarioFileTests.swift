import Testing
import ReckonCore
@testable import ReckonInput

@Suite struct ScenarioFileTests {
    @Test func yamlAndJSONGiveTheSameFields() throws {
        let yaml = try ScenarioFile.parse(
            "model: gpt-3\ngpu: v100\ngpus: 10000\nmfu: 0.21\nattention: true\n", name: "a.yaml")
        let json = try ScenarioFile.parse(
            #"{"model": "gpt-3", "gpu": "v100", "gpus": 10000, "mfu": 0.21, "attention": true}"#, name: "a.json")
        #expect(yaml.values == json.values)
        #expect(try yaml.int("gpus") == 10000)
        #expect(try yaml.bool("attention") == true)
    }

    @Test func flagsOverrideTheFile() throws {
        var fields = try ScenarioFile.parse("gpus: 10000\nmfu: 0.21\n", name: "a.yaml")
        fields.overlay(InputFields(["gpus": .text("512")], origin: "flag --gpus"))
        #expect(try fields.int("gpus") == 512)
        #expect(try fields.double("mfu") == 0.21)
    }

    @Test(arguments: ["model: [unclosed", "{\"gpus\": }", "- just\n- a list\n", "gpus: {nested: 1}\n"])
    func malformedFilesAreRejectedWithTheFileName(_ text: String) {
        #expect { try ScenarioFile.parse(text, name: "bad.yaml") } throws: { e in
            guard let e = e as? InputError else { return false }
            return e.description.contains("bad.yaml") || (e.hint ?? "").contains("bad.yaml")
        }
    }

    @Test func errorsFromFileValuesNameTheFileAndKey() throws {
        let fields = try ScenarioFile.parse("mfu: 7\n", name: "run.yaml")
        #expect { try TrainRequest.resolve(fields) } throws: { e in
            guard let e = e as? InputError else { return false }
            return e.field == "mfu"
        }
        let bad = try ScenarioFile.parse("gpus: lots\n", name: "run.yaml")
        #expect { try TrainRequest.resolve(bad) } throws: { e in
            ((e as? InputError)?.hint ?? "").contains("run.yaml")
        }
    }
}
