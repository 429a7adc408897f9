/// The version of Reckon, printed by `reckon --version` and stated in the OpenAPI document.
public enum ReckonVersion {
    public static let current = "0.3.0"
}
