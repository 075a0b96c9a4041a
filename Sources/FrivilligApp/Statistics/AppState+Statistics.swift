import FrivilligCore
import FrivilligExchange

extension AppState {
    /// Lines the statistics tab shows below its title.
    var statisticsHeight: Int { max(1, height - 3) }

    /// Enter, `p` and `w` on the statistics tab.
    mutating func performStatistics(_ action: KeyAction) {
        guard let screen = statistics else { return }
        switch action {
        case .nextPeriod:
            statistics = screen.recounted(register: register, today: today, choice: screen.choice.next)
        case .nextWorkplace:
            statistics = screen.recounted(register: register, today: today, workplace: .some(screen.nextWorkplace(of: register)))
        default:
            openStatisticsBar(screen)
        }
    }

    /// The records behind the selected bar as a list over the tab, as the overview's lines open.
    private mutating func openStatisticsBar(_ screen: StatisticsScreen) {
        guard let records = screen.selectedRecords else { return }
        let kind: ListKind, refs: [RecordRef]
        switch records.kind {
        case .volunteers: kind = .volunteers; refs = records.ids.map { .volunteer($0) }
        case .agreements: kind = .agreements; refs = records.ids.map { .agreement($0) }
        case .events: kind = .events; refs = records.ids.map { .event($0) }
        }
        let section = l10n.statisticsSection(records.section)
        let title = records.label.map { l10n(.statsList, section, l10n.statisticsLabel($0)) } ?? section
        var list = ListScreen(kind: kind, title: title, fixed: refs)
        list.viewport.height = listBodyHeight
        list.refresh(context)
        stack.append(.list(list))
    }

    /// Up, down, a page, first and last between the bars.
    mutating func moveStatistics(_ action: KeyAction) {
        guard var screen = statistics else { return }
        let page = statisticsHeight
        switch action {
        case .up: screen.move(by: -1, height: page)
        case .down: screen.move(by: 1, height: page)
        case .pageUp: screen.move(by: -page, height: page)
        case .pageDown: screen.move(by: page, height: page)
        case .first: screen.move(by: -screen.lines.count, height: page)
        default: screen.move(by: screen.lines.count, height: page)
        }
        statistics = screen
    }
}
