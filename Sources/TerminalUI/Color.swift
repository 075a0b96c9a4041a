/// The eight classic terminal colours plus the terminal's own default.
///
/// Only these are offered because they are the ones every colour terminal has, and
/// `default` lets the user's own theme show through instead of forcing black or white.
public enum Color: Hashable, Sendable, CaseIterable {
    case `default`
    case black
    case red
    case green
    case yellow
    case blue
    case magenta
    case cyan
    case white
}
