import FrivilligCore
import TerminalUI

extension EmergencyLookup {
    /// The lookup in `rect`: the query and the count of hits, then each hit's name and
    /// phone, what tells them apart (dim), and their emergency contacts.
    func render(into buffer: inout Buffer, in rect: Rect, register: Register, l10n: Localizer) {
        buffer.fill(rect, style: .plain)
        buffer.box(rect, title: l10n(.tuiEmergencyTitle), style: Theme.emergencyFrame)
        let inner = rect.inset(by: 1)
        guard !inner.isEmpty else { return }
        let label = l10n(.tuiEmergencyPrompt)
        let used = buffer.write(label, x: inner.x, y: inner.y, style: Theme.title, maxWidth: inner.width)
        // The count stands right of the query field, never over it.
        let found = hits.isEmpty ? "" : " " + l10n(.tuiEmergencyCount, AppState.count(hits.count))
        let foundWidth = min(TextWidth.width(of: found), max(0, inner.width - used - 8))
        buffer.write(found, x: inner.maxX - foundWidth, y: inner.y, style: Theme.dim, maxWidth: foundWidth)
        query.render(into: &buffer, x: inner.x + used, y: inner.y, width: max(1, inner.width - used - foundWidth), style: Theme.field, showCursor: true)
        var y = inner.y + 2
        if query.text.trimmingWhitespace.isEmpty {
            for line in TextWrap.lines(l10n(.tuiEmergencyHint), width: inner.width) where y < inner.maxY {
                buffer.write(line, x: inner.x, y: y, style: Theme.dim, maxWidth: inner.width)
                y += 1
            }
            return
        }
        if hits.isEmpty {
            buffer.write(l10n(.cliIceNone, query.text), x: inner.x, y: y, style: Theme.error, maxWidth: inner.width)
            return
        }
        let workplaceNames = register.workplaceNames
        for position in hits.dropFirst(scroll) where y < inner.maxY {
            let v = register.volunteers[position]
            let phone = v.primaryPhone.map(Phone.display) ?? l10n(.cliIceNoPhone)
            let status = v.status == .active ? "" : "  [\(l10n.status(v.status))]"
            let w = buffer.write(v.name, x: inner.x, y: y, style: Theme.title, maxWidth: inner.width)
            buffer.write("  \(phone)\(status)", x: inner.x + w, y: y, maxWidth: inner.width - w)
            y += 1
            let particulars = l10n.particulars(Particulars(v, workplaceNames: workplaceNames))
            if !particulars.isEmpty, y < inner.maxY {
                buffer.write("  " + particulars, x: inner.x, y: y, style: Theme.dim, maxWidth: inner.width)
                y += 1
            }
            if v.emergencyContacts.isEmpty, y < inner.maxY {
                buffer.write("  " + l10n(.cliIceNoContact), x: inner.x, y: y, style: Theme.error, maxWidth: inner.width)
                y += 1
            }
            for (i, c) in v.emergencyContacts.enumerated() where y < inner.maxY {
                let relation = c.relation.isEmpty ? "" : " (\(c.relation))"
                let used = buffer.write("  \(i + 1). \(c.name)\(relation)  ", x: inner.x, y: y, maxWidth: inner.width)
                buffer.write(Phone.display(c.phone), x: inner.x + used, y: y, style: Theme.phone, maxWidth: inner.width - used)
                y += 1
            }
            y += 1
        }
    }
}
