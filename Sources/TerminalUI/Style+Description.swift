/// A style as a few words, "yellow on red bold", so a screen written out as text (a golden
/// file, a failing test's diff) can name its styles in a way a reviewer reads at a glance
/// and can type by hand.
extension Style: CustomStringConvertible {
    /// The foreground colour, then "on" and the background, then the attributes; "plain"
    /// for the terminal's default look.
    public var description: String {
        var words: [String] = []
        if foreground != .default { words.append(foreground.name) }
        if background != .default { words += ["on", background.name] }
        if bold { words.append("bold") }
        if dim { words.append("dim") }
        if reverse { words.append("reverse") }
        if underline { words.append("underline") }
        return words.isEmpty ? "plain" : words.joined(separator: " ")
    }

    /// Reads what `description` writes, in any order of words; nil for a word it does not
    /// know, so a mistyped legend fails loudly instead of meaning "plain".
    public init?(description: String) {
        self = .plain
        var words = description.split(separator: " ").map(String.init)[...]
        while let word = words.popFirst() {
            switch word {
            case "plain": continue
            case "bold": bold = true
            case "dim": dim = true
            case "reverse": reverse = true
            case "underline": underline = true
            case "on":
                guard let name = words.popFirst(), let color = Color(name: name) else { return nil }
                background = color
            default:
                guard let color = Color(name: word) else { return nil }
                foreground = color
            }
        }
    }
}

private extension Color {
    var name: String { String(describing: self) }

    init?(name: String) {
        guard let color = Color.allCases.first(where: { $0 != .default && $0.name == name }) else { return nil }
        self = color
    }
}
