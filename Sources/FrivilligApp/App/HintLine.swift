import TerminalUI

/// The status line's hint, fitted to the room left beside the counts.
///
/// A hint is a list of short items ("Enter åbn · a ny · e ret · ? hjælp"); when they do
/// not all fit, whole items go from the end, never half a word, and the item naming `?`
/// stays last, so the way to every other key is always on screen (as htop keeps F1).
enum HintLine {
    static let separator = " · "

    static func fitted(_ hint: String, width: Int, keeping kept: [String]) -> String {
        guard TextWidth.width(of: hint) > width else { return hint }
        var items = hint.components(separatedBy: separator)
        let tail = kept.filter(items.contains)
        items.removeAll(where: tail.contains)
        while !items.isEmpty {
            let candidate = (items + tail).joined(separator: separator)
            if TextWidth.width(of: candidate) <= width { return candidate }
            items.removeLast()
        }
        return TextWidth.truncate(tail.first ?? hint, to: width)
    }
}
