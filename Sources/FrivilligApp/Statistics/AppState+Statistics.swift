import FrivilligCore
import FrivilligExchange
import TerminalUI

extension AppState {
    /// Lines the statistics tab shows below its title.
    var statisticsHeight: Int { max(1, height - 3) }

    /// Enter, `p` and `w` (which opens the workplace list) on the statistics tab.
    mutating func performStatistics(_ action: KeyAction) {
        guard let screen = statistics else { return }
        switch action {
        case .nextPeriod:
            statistics = screen.recounted(register: register, today: today, choice: screen.choice.next)
        case .chooseWorkplace:
            overlay = .workplaceFilter(WorkplaceFilterPicker(register: register, current: screen.workplaceID, l10n: l10n))
        default:
            openStatisticsBar(screen)
        }
    }

    /// Enter in the workplace list: the tab counts the highlighted workplace (or all).
    mutating func chooseStatisticsWorkplace(_ filter: WorkplaceFilterPicker) {
        guard let screen = statistics, let chosen = filter.highlighted else { return }
        overlay = nil
        statistics = screen.recounted(register: register, today: today, workplaceID: .some(chosen))
    }

    /// The records behind the selected bar as a list over the tab, as the overview's lines open.
    private mutating func openStatisticsBar(_ screen: StatisticsScreen) {
        guard let records = screen.selectedRecords else { return }
        let kind: ListKind, refs: [RecordRef]
        switch records.kind {
        case .volunteers: kind = .volunteers; refs = records.ids.map { .volunteer($0) }
        case .agreements: kind = .agreements; refs = records.ids.map { .agreement($0) }
        case .events: kind = .events; refs = records.ids.map { .event($0) }
        case .tasks: kind = .tasks; refs = records.ids.map { .task($0) }
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

extension AppState {
    /// The workplace list just under the tab's title, which names the filter it sets.
    func drawWorkplaceFilter(_ filter: WorkplaceFilterPicker, into buffer: inout Buffer, in rect: Rect) {
        let title = filter.title(l10n)
        let (width, height) = filter.picker.boxSize(filter.choice, title: title, room: rect)
        let box = Rect(x: rect.x, y: rect.y + 1, width: width, height: min(height, max(3, rect.height - 1)))
        filter.picker.draw(filter.choice, title: title, in: box, l10n: l10n, into: &buffer)
    }
}
