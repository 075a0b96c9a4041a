/// Which vCard format to write: 3.0 (RFC 2426) is what Outlook and Android import
/// reliably; 4.0 (RFC 6350) can link a volunteer to their emergency contact with RELATED.
public enum VCardVersion: String, CaseIterable, Sendable {
    case v3 = "3.0"
    case v4 = "4.0"
}
