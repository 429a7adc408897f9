import ReckonCatalog
import ReckonInput

/// `reckon validate`: which development rows to run.
public enum ValidateRequest {
    /// The cases of ``GroundTruth/all``, only those run by the framework profile `framework` names (an ID or an
    /// alias; unknown IDs are refused naming the field). Errors name the field.
    public static func cases(_ input: InputFields) throws -> [ValidationCase] {
        try CommandInputs.validate.validate(input)
        guard let id = try input.word(.framework) else { return GroundTruth.all }
        let profile = try FrameworkProfiles.profile(id)
        return GroundTruth.all.filter { $0.framework.id == profile.id }
    }
}
