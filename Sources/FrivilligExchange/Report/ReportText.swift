/// Text from the register (workplace and area names) made safe for a report file.
enum ReportText {
    /// Control characters (a line break, an escape) become spaces, so a name keeps to
    /// its cell or line whatever it holds.
    static func plain(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : $0 }))
    }

    /// `plain`, with the characters HTML gives a meaning escaped.
    static func html(_ text: String) -> String {
        plain(text).replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
