/// The texts of a row of numbered tabs fitted to a width, the way htop and lazygit keep
/// every tab reachable in a narrow window: whole names with a space either side when they
/// fit, then whole names one space apart, then the shown tab whole and the others cut to
/// an equal length with "…", down to their number alone.
public struct TabBarLabels: Equatable, Sendable {
    /// One text a tab, already cut to fit.
    public var labels: [String]
    /// True when each label is drawn with a space either side and no gap between them;
    /// false when the labels are one space apart, starting one column in.
    public var roomy: Bool

    /// - Parameters:
    ///   - numbers: the key that opens each tab, e.g. "1".
    ///   - titles: each tab's name, in the same order.
    ///   - selected: the index of the shown tab, which keeps its whole name.
    public init(numbers: [String], titles: [String], selected: Int, width: Int) {
        let whole = zip(numbers, titles).map { "\($0) \($1)" }
        let used = { (labels: [String]) in labels.reduce(0) { $0 + TextWidth.width(of: $1) + 1 } }
        labels = whole
        roomy = used(whole) + whole.count <= width
        guard !roomy, used(whole) > width else { return }
        let longest = titles.map(TextWidth.width(of:)).max() ?? 0
        for room in Array(stride(from: longest - 1, through: 2, by: -1)) + [0] {
            labels = whole.indices.map { i in
                guard i != selected, TextWidth.width(of: titles[i]) > room else { return whole[i] }
                return room == 0 ? numbers[i] : "\(numbers[i]) " + TextWidth.truncate(titles[i], to: room)
            }
            if used(labels) <= width { return }
        }
    }
}
