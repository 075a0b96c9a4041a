import FrivilligCore
import TerminalUI

extension AppState {
    /// The whole screen for the current state.
    public func view() -> Buffer {
        var buffer = Buffer(width: max(0, width), height: max(0, height))
        guard width >= AppState.minimumWidth, height >= AppState.minimumHeight else {
            drawTooSmall(into: &buffer)
            return buffer
        }
        let (tabBar, rest) = buffer.area.splitTop(1)
        let (statusLine, body) = rest.splitBottom(1)
        drawTabBar(into: &buffer, in: tabBar)
        switch focus {
        case .overlay(let top):
            if !top.coversScreen { drawScreen(into: &buffer, in: body); overlays.dropLast().last.map { drawOverlay($0, into: &buffer, in: body) } }
            drawOverlay(top, into: &buffer, in: body)
        case .search, .screen:
            drawScreen(into: &buffer, in: body)
        }
        drawStatus(into: &buffer, in: statusLine)
        return buffer
    }

    /// An overlay, as a box over the screen or in its place.
    private func drawOverlay(_ top: Overlay, into buffer: inout Buffer, in body: Rect) {
        switch top {
        case .help: drawHelp(into: &buffer, in: body)
        case .confirmDelete(let c):
            drawDialog(title: l10n(.tuiConfirmTitle), lines: c.lines + ["", l10n(.tuiConfirmYesNo)], into: &buffer, in: body)
        case .spreadsheetImport(let dialog): drawSpreadsheetImport(dialog, into: &buffer, in: body)
        case .conflict(let dialog):
            let choices = dialog.conflict.wasDeleted ? [l10n(.conflictHintDeleted)] : [l10n(.conflictKeepMine), l10n(.conflictKeepTheirs), l10n(.conflictBack)]
            drawDialog(title: l10n(.conflictTitle), lines: l10n.revisionConflict(dialog.conflict) + [""] + choices, into: &buffer, in: body)
        case .notice(let title, let lines):
            drawDialog(title: title, lines: lines + ["", l10n(.helpClose)], into: &buffer, in: body)
        case .form(let form): form.render(into: &buffer, in: body)
        case .emergency(let lookup): lookup.render(into: &buffer, in: body, register: register, l10n: l10n)
        case .removal(let dialog): drawRemoval(dialog, into: &buffer, in: body)
        case .retentionBatch(let batch): drawRetentionBatch(batch, into: &buffer, in: body)
        case .workplaceFilter(let filter): drawWorkplaceFilter(filter, into: &buffer, in: body)
        }
    }

    private func drawTooSmall(into buffer: inout Buffer) {
        let lines = [l10n(.tuiTooSmall), "\(width)×\(height) < \(AppState.minimumWidth)×\(AppState.minimumHeight)"]
        for (i, line) in lines.enumerated() where i < height {
            buffer.write(line, x: 0, y: i, maxWidth: width)
        }
    }

    /// The tabs as `TabBarLabels` fits them: every tab keeps at least its number, and the
    /// shown one its whole name, however narrow the window.
    private func drawTabBar(into buffer: inout Buffer, in rect: Rect) {
        buffer.fill(rect, style: Theme.bar)
        let fitted = TabBarLabels(numbers: Tab.allCases.map { String($0.rawValue) }, titles: Tab.allCases.map { l10n($0.titleKey) },
                                  selected: Tab.allCases.firstIndex(of: tab) ?? 0, width: rect.width)
        var x = rect.x + (fitted.roomy ? 0 : 1)
        for (t, name) in zip(Tab.allCases, fitted.labels) where x < rect.maxX {
            let label = fitted.roomy ? " \(name) " : name
            let style = t == tab ? Theme.selectedTab : Theme.bar
            x += buffer.write(label, x: x, y: rect.y, style: style, maxWidth: rect.maxX - x) + (fitted.roomy ? 0 : 1)
        }
        if isReadOnly {
            let banner = " " + l10n(.tuiReadOnlyBanner) + " "
            let width = min(TextWidth.width(of: banner), rect.width)
            buffer.write(banner, x: rect.maxX - width, y: rect.y, style: Theme.errorBar, maxWidth: width)
        }
    }

    private func drawScreen(into buffer: inout Buffer, in rect: Rect) {
        if let detail = currentDetail {
            drawDetail(detail, into: &buffer, in: rect)
        } else if let list = currentList {
            drawList(list, into: &buffer, in: rect)
        } else if tab == .statistics, let statistics {
            StatisticsView(screen: statistics, l10n: l10n).render(into: &buffer, in: rect)
        } else {
            drawOverview(into: &buffer, in: rect)
        }
    }

    private func drawList(_ list: ListScreen, into buffer: inout Buffer, in rect: Rect) {
        let (titleRow, listArea) = rect.splitTop(1)
        var title = list.title
        if list.isFiltering || !list.filter.text.isEmpty {
            title += "  /"
        }
        let used = buffer.write(title, x: titleRow.x, y: titleRow.y, style: Theme.title, maxWidth: titleRow.width)
        if list.isFiltering || !list.filter.text.isEmpty {
            let fieldWidth = min(30, max(0, titleRow.width - used - 20))
            list.filter.render(into: &buffer, x: titleRow.x + used, y: titleRow.y, width: fieldWidth, style: Theme.field, showCursor: list.isFiltering)
        }
        let position = positionText(list.viewport)
        let positionWidth = TextWidth.width(of: position)
        buffer.write(position, x: max(titleRow.x, titleRow.maxX - positionWidth), y: titleRow.y, style: Theme.dim)

        guard !list.refs.isEmpty else {
            let key: TextKey = !list.filter.text.isEmpty ? .tuiNoMatches : (list.fixed != nil ? .tuiNothingHere : .tuiEmptyList)
            buffer.write(l10n(key), x: listArea.x + 2, y: listArea.y + 1, style: Theme.dim, maxWidth: listArea.width - 2)
            return
        }
        var tableArea = listArea
        if let ranking = list.ranking, let ref = list.selectedRef {
            let (lines, rest) = tableArea.splitBottom(RankingRows.reasonHeight)
            tableArea = rest
            for (i, text) in TextWrap.lines(ranking.reasonLine(ref, l10n: l10n), width: max(1, lines.width - 2)).prefix(lines.height).enumerated() {
                buffer.write(text, x: lines.x + 2, y: lines.y + i, style: Theme.dim, maxWidth: lines.width - 2)
            }
        }
        let visible = Array(list.viewport.visibleRange)
        var columns = tableColumns(list.kind)
        var rows = visible.map { row(list.refs[$0], of: list) }
        if let reason = list.overviewItem.flatMap({ overview.items.indices.contains($0) ? overview.items[$0].reason : nil }) {
            columns.insert(TableColumn(reason.title, width: .fit(maximum: 40)), at: 1)
            for (offset, index) in visible.enumerated() where !rows[offset].isEmpty {
                rows[offset].insert(reason.text(list.refs[index]), at: 1)
            }
        }
        let marked = Set(visible.enumerated().filter { list.marked.contains(list.refs[$0.element]) }.map(\.offset))
        let table = Table(columns: columns, rows: rows, marked: marked, selectedStyle: Theme.selection)
        let local = ListViewport(count: rows.count, height: Table.bodyHeight(in: tableArea), selected: list.viewport.selected - list.viewport.top)
        table.render(into: &buffer, in: tableArea, viewport: local)
        for offset in marked where offset != local.selected {
            buffer.setStyle(Rect(x: tableArea.x, y: tableArea.y + 1 + offset, width: tableArea.width, height: 1), style: Theme.marked)
        }
    }

    /// One row's cells; a ranking's come from its ranking, with the rank and the reasons.
    private func row(_ ref: RecordRef, of list: ListScreen) -> [String] {
        guard let ranking = list.ranking else { return context.row(ref, in: list.kind) }
        return ranking.row(ref, phone: context.volunteer(ref.id)?.primaryPhone.map(Phone.display) ?? "", l10n: l10n)
    }

    /// "12–35 af 1 204": where the screen is in the whole list.
    func positionText(_ viewport: ListViewport) -> String {
        guard !viewport.isEmpty else { return l10n(.tuiPosition, 0, 0, 0) }
        let range = viewport.visibleRange
        return l10n(.tuiPosition, Self.count(range.lowerBound + 1), Self.count(range.upperBound), Self.count(viewport.count))
    }

    /// Thousands grouped with a space, the Danish way for counts: "1 204".
    static func count(_ n: Int) -> String {
        let digits = String(n)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(" ") }
            out.append(c)
        }
        return out
    }

    /// Every list's columns, each with its priority (0 always shows; the higher, the
    /// sooner a narrow window leaves it out) and the most a flexible one takes, so a
    /// wide window shows more columns instead of one very wide name.
    private func tableColumns(_ kind: ListKind) -> [TableColumn] {
        let h = context.headers(kind)
        switch kind {
        case .volunteers:
            return [TableColumn(h[0], width: .flexible(weight: 3), maximum: 32, minimum: 18),
                    TableColumn(h[1], width: .fixed(15), priority: 1),
                    TableColumn(h[2], width: .flexible(weight: 2), priority: 4, maximum: 36, minimum: 14),
                    TableColumn(h[3], width: .fit(maximum: 8), priority: 2),
                    TableColumn(h[4], width: .flexible(weight: 3), priority: 3, maximum: 36, minimum: 16),
                    TableColumn(h[5], width: .flexible(weight: 2), priority: 5, maximum: 36, minimum: 14),
                    TableColumn(h[6], width: .fixed(10), priority: 6)]
        case .contacts:
            return [TableColumn(h[0], width: .flexible(weight: 3), maximum: 32, minimum: 20),
                    TableColumn(h[1], width: .fit(maximum: 14), priority: 4),
                    TableColumn(h[2], width: .flexible(weight: 2), priority: 2, maximum: 32, minimum: 10),
                    TableColumn(h[3], width: .flexible(weight: 2), priority: 5, maximum: 24, minimum: 8),
                    TableColumn(h[4], width: .fixed(15), priority: 1),
                    TableColumn(h[5], width: .flexible(weight: 2), priority: 3, maximum: 36, minimum: 12)]
        case .workplaces:
            return [TableColumn(h[0], width: .flexible(weight: 3), maximum: 36, minimum: 12),
                    TableColumn(h[1], width: .fit(maximum: 10), priority: 2),
                    TableColumn(h[2], width: .flexible(weight: 2), priority: 3, maximum: 36, minimum: 10),
                    TableColumn(h[3], width: .flexible(weight: 2), priority: 4, maximum: 36, minimum: 10),
                    TableColumn(h[4], width: .fit(maximum: 10), alignment: .right, priority: 1)]
        case .agreements:
            return [TableColumn(h[0], width: .flexible(weight: 3), maximum: 32, minimum: 12),
                    TableColumn(h[1], width: .flexible(weight: 3), priority: 1, maximum: 32, minimum: 10),
                    TableColumn(h[2], width: .fit(maximum: 20), priority: 2),
                    TableColumn(h[3], width: .fixed(10), priority: 5),
                    TableColumn(h[4], width: .fixed(10), priority: 4),
                    TableColumn(h[5], width: .fit(maximum: 14), priority: 3)]
        case .events:
            return [TableColumn(h[0], width: .fixed(10)),
                    TableColumn(h[1], width: .fit(maximum: 16), priority: 2),
                    TableColumn(h[2], width: .flexible(weight: 1), maximum: 60, minimum: 12),
                    TableColumn(h[3], width: .fit(maximum: 9), alignment: .right, priority: 1)]
        case .tasks:
            return [TableColumn(h[0], width: .flexible(weight: 3), maximum: 36, minimum: 16),
                    TableColumn(h[1], width: .flexible(weight: 2), priority: 2, maximum: 28, minimum: 10),
                    TableColumn(h[2], width: .fit(maximum: 8), priority: 1),
                    TableColumn(h[3], width: .flexible(weight: 2), priority: 3, maximum: 30, minimum: 10),
                    TableColumn(h[4], width: .fit(maximum: 8), alignment: .right, priority: 4),
                    TableColumn(h[5], width: .fit(maximum: 10), alignment: .right, priority: 1)]
        case .associations:
            return [TableColumn(h[0], width: .flexible(weight: 3), maximum: 36, minimum: 16),
                    TableColumn(h[1], width: .fit(maximum: 9), priority: 3),
                    TableColumn(h[2], width: .fit(maximum: 14), priority: 4),
                    TableColumn(h[3], width: .fit(maximum: 15), priority: 1),
                    TableColumn(h[4], width: .flexible(weight: 2), priority: 2, maximum: 36, minimum: 12),
                    TableColumn(h[5], width: .fit(maximum: 10), alignment: .right, priority: 1)]
        case .ranking:
            return [TableColumn(h[0], width: .fit(maximum: 5), alignment: .right),
                    TableColumn(h[1], width: .fit(maximum: 24)),
                    TableColumn(h[2], width: .flexible(weight: 5), minimum: 20),
                    TableColumn(h[3], width: .fixed(15), priority: 1)]
        case .retention:
            return [TableColumn(h[0], width: .flexible(weight: 1)), TableColumn(h[1], width: .fit(maximum: 24)),
                    TableColumn(h[2], width: .fixed(10)), TableColumn(h[3], width: .fixed(10)), TableColumn(h[4], width: .fit(maximum: 12))]
        }
    }

    private func drawOverview(into buffer: inout Buffer, in rect: Rect) {
        let (titleRow, body) = rect.splitTop(1)
        buffer.write(l10n(.tuiOverviewTitle, l10n.date(today)), x: titleRow.x, y: titleRow.y, style: Theme.title, maxWidth: titleRow.width)
        let items = overview.items
        for (offset, index) in overview.viewport.visibleRange.enumerated() where offset < body.height {
            let item = items[index]
            let y = body.y + offset
            let selected = index == overview.viewport.selected
            let count = item.count ?? item.refs.count
            let style = selected ? Theme.selection : (count == 0 ? Theme.dim : item.isUrgent ? Theme.error : Style.plain)
            buffer.fill(Rect(x: body.x, y: y, width: body.width, height: 1), style: style)
            let countText = TextWidth.pad(Self.count(count), to: 7, alignRight: true)
            buffer.write(countText, x: body.x, y: y, style: count == 0 || selected || item.isUrgent ? style : Theme.count, maxWidth: body.width)
            buffer.write(item.title, x: body.x + 9, y: y, style: style, maxWidth: body.width - 9)
        }
        if register.isEmpty, body.height > items.count + 1 {
            buffer.write(l10n(.tuiEmptyStore), x: body.x + 2, y: body.y + items.count + 1, style: Theme.title, maxWidth: body.width - 2)
        }
    }

    private func drawDetail(_ detail: DetailScreen, into buffer: inout Buffer, in rect: Rect) {
        let lines = detailLines(detail.ref)
        let scroll = min(detail.scroll, max(0, lines.count - rect.height))
        for (offset, line) in lines.dropFirst(scroll).prefix(rect.height).enumerated() {
            buffer.write(line.text, x: rect.x + line.indent, y: rect.y + offset, style: line.style, maxWidth: rect.width - line.indent)
        }
    }

    /// A detail's text, for drawing it and for knowing how far it scrolls.
    func detailLines(_ ref: RecordRef) -> [DetailLines.Line] {
        let history = self.history
        return DetailLines(context: context, l10n: l10n, today: today, history: { id in
            history?.volunteerID == id ? history!.entries : []
        }).lines(for: ref)
    }

    private func drawHelp(into buffer: inout Buffer, in rect: Rect) {
        let lines = helpLines()
        let boxWidth = min(rect.width, max(40, (lines.map { TextWidth.width(of: $0) }.max() ?? 0) + 4))
        let box = rect.centered(width: boxWidth, height: min(rect.height, lines.count + 2))
        buffer.fill(box, style: .plain)
        buffer.box(box, title: l10n(.tuiHelpTitle), style: Theme.frame)
        for (i, line) in lines.enumerated() where i < box.height - 2 {
            buffer.write(line, x: box.x + 2, y: box.y + 1 + i, maxWidth: box.width - 4)
        }
    }

    /// A framed box in the middle of `rect`; a line wider than the screen is wrapped at
    /// words, so no sentence of a message is cut off. Returns the box, so a dialog with a field can place it on its last line.
    @discardableResult
    func drawDialog(title: String, lines unwrapped: [String], into buffer: inout Buffer, in rect: Rect) -> Rect {
        let inner = max(1, rect.width - 4)
        let lines = unwrapped.flatMap { TextWidth.width(of: $0) > inner ? TextWrap.lines($0, width: inner) : [$0] }
        let boxWidth = min(rect.width, (lines.map { TextWidth.width(of: $0) }.max() ?? 0) + 4)
        let box = rect.centered(width: boxWidth, height: min(rect.height, lines.count + 2))
        buffer.fill(box, style: .plain)
        buffer.box(box, title: title, style: Theme.errorFrame)
        for (i, line) in lines.enumerated() where i < box.height - 2 {
            buffer.write(line, x: box.x + 2, y: box.y + 1 + i, maxWidth: box.width - 4)
        }
        return box
    }

    /// Keys on the left, which matter most; counts and the store's path on the right,
    /// the path shortened from its start so the file name stays readable.
    private func drawStatus(into buffer: inout Buffer, in rect: Rect) {
        buffer.fill(rect, style: Theme.bar)
        var counts = l10n(.tuiStatusCounts, Self.count(register.volunteers.count))
        if let list = currentList, !list.marked.isEmpty {
            counts = l10n(.tuiMarked, Self.count(list.marked.count)) + " · " + counts
        }
        // Built once: the hint comes from the key table on top.
        let hint = message == nil ? keyHint : ""
        var left = " " + (message?.text ?? hint)
        let style = message.map { $0.isError ? Theme.errorBar : Theme.okBar } ?? Theme.bar
        let countsWidth = TextWidth.width(of: counts) + 1
        let minimum = countsWidth + 3 + min(16, TextWidth.width(of: storePath))
        var rightMax = min(rect.width / 2, max(minimum, min(rect.width * 2 / 5, rect.width - TextWidth.width(of: left) - 1)))
        // A message (e.g. where a letter was saved) is worth more than the counts.
        if message != nil, TextWidth.width(of: left) > rect.width - rightMax - 1 { rightMax = 0 }
        let pathRoom = rightMax - countsWidth - 3
        var right = pathRoom >= 8 ? counts + " · " + Self.shortenedFromStart(storePath, to: pathRoom) + " " : counts + " "
        var rightWidth = min(TextWidth.width(of: right), rightMax)
        // Keys are worth more than the store's path, which the window's title and
        // `frivillig check` also give: it goes first when the hint needs the room.
        if message == nil, TextWidth.width(of: left) > rect.width - rightWidth - 1 {
            right = counts + " "
            rightWidth = min(TextWidth.width(of: right), rightMax)
            left = " " + HintLine.fitted(hint, width: max(1, rect.width - rightWidth - 2), keeping: [l10n(.hintEmergency), l10n(.hintHelp)])
        }
        buffer.write(TextWidth.truncate(right, to: rightWidth), x: rect.maxX - rightWidth, y: rect.y, style: Theme.bar)
        buffer.write(left, x: rect.x, y: rect.y, style: style, maxWidth: max(0, rect.width - rightWidth - 1))
    }

    /// "…/frivillig/store.json": the end of a path is the part that tells files apart.
    static func shortenedFromStart(_ path: String, to width: Int) -> String {
        guard TextWidth.width(of: path) > width, width > 1 else { return path }
        var tail = ""
        for c in path.reversed() {
            if TextWidth.width(of: String(c) + tail) > width - 1 { break }
            tail = String(c) + tail
        }
        return "…" + tail
    }
}
