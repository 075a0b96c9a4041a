import FrivilligCore

/// The readable half of a data-access request (indsigt): what the detail screens show
/// about a volunteer and each of their agreements, and their whole change history
/// (the screen shows only the newest 20), as plain lines in the interface language.
public struct PersonExportText {
    public let register: Register
    public let l10n: Localizer
    public let today: Day

    public init(register: Register, l10n: Localizer, today: Day) {
        self.register = register
        self.l10n = l10n
        self.today = today
    }

    /// The answer as lines, unsanitised: the caller filters them for its output.
    public func lines(for v: Volunteer, history: [HistoryEntry]) -> [String] {
        let detail = DetailLines(context: ListContext(register: register, l10n: l10n, today: today), l10n: l10n, today: today)
        var volunteerLines = detail.lines(for: .volunteer(v.id))
        if let historyHeading = volunteerLines.lastIndex(where: { $0.text == l10n(.detailHistory) }) {
            volunteerLines.removeSubrange(historyHeading...)
        }
        var out = [l10n(.exportPersonTitle, v.name, l10n.date(today)), ""]
        out += volunteerLines.map(Self.text)
        for a in register.agreements where a.volunteerID == v.id {
            out += ["", l10n(.exportPersonAgreement, a.id.uuidString)]
            out += detail.lines(for: .agreement(a.id)).dropFirst().map(Self.text)
        }
        let requests = register.accessRequests.filter { $0.volunteerID == v.id }.sorted { $0.received < $1.received }
        if !requests.isEmpty {
            out += ["", l10n(.exportPersonAccessRequests)] + requests.map { "  " + l10n.accessLine($0, today: today) }
        }
        out += ["", l10n(.exportPersonHistory)]
        if let gap = l10n.historyGap(history) { out.append("  " + gap) }
        out += history.map { "  " + l10n.historyLine($0) }
        return out
    }

    private static func text(_ line: DetailLines.Line) -> String {
        String(repeating: " ", count: line.indent) + line.text
    }
}
