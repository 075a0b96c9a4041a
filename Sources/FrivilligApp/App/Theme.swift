import TerminalUI

/// The styles of the interface in one place. Everything that matters stays visible
/// without colour: selection is reverse video, emphasis is bold.
enum Theme {
    static let bar = Style(reverse: true)
    static let selectedTab = Style(foreground: .default, background: .default, bold: true)
    static let title = Style(bold: true)
    static let dim = Style(dim: true)
    static let selection = Style(reverse: true)
    static let marked = Style(foreground: .yellow, bold: true)
    static let field = Style(underline: true)
    static let count = Style(foreground: .yellow, bold: true)
    static let phone = Style(foreground: .green, bold: true)
    static let error = Style(foreground: .red, bold: true)
    static let errorBar = Style(foreground: .white, background: .red, bold: true)
    static let okBar = Style(foreground: .black, background: .green)
    static let frame = Style(bold: true)
    static let emergencyFrame = Style(foreground: .red, bold: true)
    static let errorFrame = Style(foreground: .red, bold: true)
}
