/// Letters that stand for styles when a screen is written as text: one letter per column
/// in a line of styles, a space for plain. A whole screen's styles then fit in as many
/// short lines as it has rows, and a reviewer sees the selection bar as a run of `r`.
public struct StyleLegend: Hashable, Sendable, ExpressibleByDictionaryLiteral {
    private var styles: [Character: Style] = [:]
    private var letters: [Style: Character] = [:]
    /// The letters in the order they were given or first needed, so a written legend is
    /// stable from one recording to the next.
    public private(set) var order: [Character] = []

    public init() {}

    /// The letters a test chooses itself; a space or a plain style would be ambiguous and
    /// is refused.
    public init(dictionaryLiteral elements: (Character, Style)...) {
        for (letter, style) in elements {
            add(letter, style)
        }
    }

    /// Reads the lines `descriptionLines` writes ("r reverse"); the error names the first
    /// line it could not read, so a damaged legend is reported rather than guessed at.
    public init(describedBy lines: [String]) throws {
        for line in lines {
            guard let letter = line.first, letter != " ", line.dropFirst().first == " ",
                  let style = Style(description: String(line.dropFirst(2))), style != .plain,
                  styles[letter] == nil, letters[style] == nil else {
                throw UnreadableLine(line: line)
            }
            add(letter, style)
        }
    }

    /// The style a letter stands for: plain for a space, nil for a letter not in the legend.
    public func style(for letter: Character) -> Style? {
        letter == " " ? .plain : styles[letter]
    }

    /// The letter for a style, giving a new style the first free one of: its description's
    /// initial, that initial in upper case, then a–z, A–Z, 0–9. So reverse is usually `r`
    /// and bold `b`, which reads well without looking the legend up.
    public mutating func letter(for style: Style) -> Character {
        if style == .plain { return " " }
        if let letter = letters[style] { return letter }
        let initial = style.description.first!
        let candidates = [initial, Character(initial.uppercased())] + Self.spareLetters
        guard let letter = candidates.first(where: { styles[$0] == nil }) else {
            preconditionFailure("more than \(Self.spareLetters.count) styles on one screen")
        }
        add(letter, style)
        return letter
    }

    /// One line per letter, "r reverse", in `order`.
    public var descriptionLines: [String] {
        order.map { "\($0) \(styles[$0]!)" }
    }

    private mutating func add(_ letter: Character, _ style: Style) {
        precondition(letter != " " && style != .plain, "a space always means plain")
        precondition(styles[letter] == nil && letters[style] == nil, "\(letter) or \(style) is in the legend twice")
        styles[letter] = style
        letters[style] = letter
        order.append(letter)
    }

    private static let spareLetters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")

    /// A legend line that is not "<letter> <style words>", or repeats a letter or a style.
    public struct UnreadableLine: Error, Hashable, Sendable {
        public let line: String
    }
}
