/// A screen pushed over a tab: a detail, or the list behind a line of the overview.
/// `Esc` and `q` pop it.
public enum Screen: Sendable {
    case list(ListScreen)
    case detail(DetailScreen)
}
