import Foundation
import FrivilligCore
import TerminalUI

extension AppState {
    /// Carries out a key table's action on the screen on top.
    mutating func perform(_ action: KeyAction) -> [Effect] {
        switch action {
        case .up, .down, .pageUp, .pageDown, .first, .last: move(action)
        case .openLine: openOverviewLine()
        case .openBar, .nextPeriod, .chooseWorkplace: performStatistics(action)
        case .open: if let ref = currentList?.selectedRef { openDetail(ref) }
        case .mark: toggleMark()
        case .markAll: markAllShown()
        case .linkedVolunteers: openLinkedVolunteers()
        case .search: startSearch()
        case .add: if let kind = currentList?.kind { openAddForm(kind) }
        case .edit: if let ref = currentRecord { openEditForm(ref) }
        case .delete: if let ref = currentRecord { askDelete(ref) }
        case .anonymiseOrErase: if let ref = currentRecord { return openRemoval(ref) }
        case .carryOutRetention: openRetentionBatch()
        case .recognise: openEventForm(attendees: volunteersToRecognise)
        case .importSpreadsheet: overlay = .spreadsheetImport(SpreadsheetImportDialog())
        case .newAgreement:
            if case .volunteer(let id)? = currentDetail?.ref {
                overlay = .form(.agreement(nil, volunteerID: id, register: register, today: today, l10n: l10n, environment: environment))
            }
        case .welcomeLetter:
            if case .agreement(let id)? = currentDetail?.ref { return requestLetter(id) }
        case .ranking: openRanking()
        case .recordAsked: return recordFromRanking(assigning: false)
        case .assignTask: return recordFromRanking(assigning: true)
        case .settings: overlay = .form(.settings(register.settings, l10n: l10n, environment: environment))
        case .back: stack.removeLast()
        case .clearSearch, .dropSearch:
            guard var list = currentList else { break }
            list.isFiltering = false
            list.filter = TextField()
            list.refresh(context)
            currentList = list
        case .keepSearch: currentList?.isFiltering = false
        case .quit: return [.quit]
        case .tab(let t): switchTab(to: t)
        case .nextTab: switchTab(to: tab.next)
        case .previousTab: switchTab(to: tab.previous)
        case .help: overlay = .help
        case .emergency: openLookup()
        case .redraw: return [.redraw]
        case .interrupt: return interrupt()
        }
        return []
    }

    /// `/` starts a search afresh, so the next name is typed without erasing the last one
    /// first; the marks stay.
    private mutating func startSearch() {
        guard var list = currentList else { return }
        list.filter = TextField()
        list.refresh(context)
        list.isFiltering = true
        currentList = list
    }

    /// The record `e`, `d` and `X` act on: the detail's, else the list's selected one.
    private var currentRecord: RecordRef? { currentDetail?.ref ?? currentList?.selectedRef }

    private mutating func switchTab(to t: Tab) {
        stack.removeAll()
        tab = t
    }

    /// Moves the selection of the list or overview, or scrolls the detail, never past its
    /// last line (so ↑ after many ↓ at the end moves at once).
    private mutating func move(_ action: KeyAction) {
        if var detail = currentDetail {
            let page = listBodyHeight
            let last = detailLastScroll(detail)
            switch action {
            case .up: detail.scroll -= 1
            case .down: detail.scroll += 1
            case .pageUp: detail.scroll -= page
            case .pageDown: detail.scroll += page
            case .first: detail.scroll = 0
            default: detail.scroll = last
            }
            detail.scroll = min(max(0, detail.scroll), last)
            currentDetail = detail
        } else if var list = currentList {
            Self.move(&list.viewport, action)
            currentList = list
        } else if tab == .statistics {
            moveStatistics(action)
        } else {
            Self.move(&overview.viewport, action)
        }
    }

    private static func move(_ viewport: inout ListViewport, _ action: KeyAction) {
        switch action {
        case .up: viewport.moveUp()
        case .down: viewport.moveDown()
        case .pageUp: viewport.pageUp()
        case .pageDown: viewport.pageDown()
        case .first: viewport.home()
        default: viewport.end()
        }
    }

    /// The furthest a detail scrolls: its last line at the bottom of the screen.
    func detailLastScroll(_ detail: DetailScreen) -> Int {
        max(0, detailLines(detail.ref).count - detailHeight)
    }

    /// Rows a detail has: the screen less the tab bar and the status line.
    var detailHeight: Int { max(1, height - 2) }

    private mutating func openOverviewLine() {
        guard let item = overview.selectedItem else { return }
        var list = ListScreen(kind: item.kind, title: item.title, fixed: item.refs, overviewItem: overview.viewport.selected)
        list.viewport.height = listBodyHeight
        list.refresh(context)
        stack.append(.list(list))
    }

    private mutating func toggleMark() {
        guard var list = currentList, let ref = list.selectedRef else { return }
        if list.marked.contains(ref) { list.marked.remove(ref) } else { list.marked.insert(ref) }
        list.viewport.moveDown()
        currentList = list
    }

    /// The volunteer on a detail, else the marked volunteers of the list, else its
    /// selected one.
    private var volunteersToRecognise: [UUID] {
        if let ref = currentDetail?.ref { return volunteerID(ref).map { [$0] } ?? [] }
        guard let list = currentList else { return [] }
        // Marks made under an earlier search count too, in the unsearched list's order.
        let order = list.fixed ?? context.refs(list.kind, SearchQuery(""))
        let marked = order.filter { list.marked.contains($0) }.compactMap(volunteerID)
        return marked.isEmpty ? list.selectedRef.flatMap(volunteerID).map { [$0] } ?? [] : marked
    }

    private func volunteerID(_ ref: RecordRef) -> UUID? {
        if case .volunteer(let id) = ref { return id }
        return nil
    }
}
