import Foundation
import FrivilligCore
import TerminalUI

/// Everything the full-screen interface shows, as one value.
///
/// `update(_:)` turns a `Message` (a key, the answer to an effect) into a new state plus
/// effects for the runtime to perform; `view()` turns the state into a screen buffer.
/// Neither touches the disk, the clock or the terminal: files come in as messages, the
/// clock and new ids through `environment`, so tests can replay messages and compare screens.
public struct AppState {
    public private(set) var register: Register
    public let l10n: Localizer
    public private(set) var today: Day
    let environment: AppEnvironment
    public let storePath: String
    public var width: Int
    public var height: Int
    public var tab: Tab = .overview {
        didSet { refreshIfStale(tab) }
    }
    public var lists: [ListKind: ListScreen] = [:]
    public var overview: OverviewScreen
    public var stack: [Screen] = []
    /// What is drawn over the screen, the top one taking the keys.
    public var overlays: [Overlay] = []
    public var message: StatusMessage?
    /// Another window is editing this store: look, search and call, but do not change.
    public var isReadOnly = false
    /// The history of the volunteer whose detail is open, as the runtime last read it;
    /// `isStale` after a save, until it is read again.
    var history: LoadedHistory?
    /// What to do once the runtime reports that the pending commit was saved.
    var afterCommit: AfterCommit?
    var context: ListContext
    /// The statistics tab, counted when it is first shown (nil until then).
    var statistics: StatisticsScreen?

    /// The smallest window the screens are laid out for; below it a notice is shown.
    public static let minimumWidth = 40
    public static let minimumHeight = 10

    /// Without an `environment` the day stays `today` and the clock and ids are the real ones.
    public init(register: Register, l10n: Localizer, today: Day, storePath: String, width: Int = 80, height: Int = 24,
                environment: AppEnvironment? = nil) {
        self.register = register
        self.l10n = l10n
        self.today = today
        self.environment = environment ?? .fixedDay(today)
        self.storePath = storePath
        self.width = width
        self.height = height
        context = ListContext(register: register, l10n: l10n, today: today)
        overview = OverviewScreen(register: register, today: today, l10n: l10n)
        for kind in [ListKind.volunteers, .contacts, .workplaces, .agreements, .events, .tasks, .associations] {
            lists[kind] = ListScreen(kind: kind, title: l10n(kind.tab.titleKey))
        }
        layout()
    }

    /// Computes a tab's rows the first time it is shown after a change of register.
    mutating func refreshIfStale(_ tab: Tab) {
        if tab == .statistics, statistics == nil { statistics = StatisticsScreen(register: register, today: today) }
        guard let kind = listKind(of: tab), lists[kind]?.isStale == true else { return }
        lists[kind]!.refresh(context)
    }

    /// Rows available to a list's body: the screen less tab bar, title, header and status line.
    var listBodyHeight: Int { max(1, height - 4) }

    /// Keeps every viewport's height in step with the window.
    mutating func layout() {
        for kind in lists.keys { lists[kind]!.viewport.height = listBodyHeight }
        for i in stack.indices {
            if case .list(var list) = stack[i] {
                list.viewport.height = listBodyHeight - (list.ranking == nil ? 0 : RankingRows.reasonHeight)
                stack[i] = .list(list)
            }
        }
        overview.viewport.height = max(1, height - 3)
    }

    /// The overlay on top, which takes the keys: setting it replaces the top one (opening
    /// one when there is none), setting nil closes it.
    public var overlay: Overlay? {
        get { overlays.last }
        set {
            if let newValue {
                if overlays.isEmpty { overlays.append(newValue) } else { overlays[overlays.count - 1] = newValue }
            } else if !overlays.isEmpty {
                overlays.removeLast()
            }
        }
    }

    /// What has the keys and is drawn on top, decided here once for `update`, `view`,
    /// the hint line, help and `isTextEntry`.
    var focus: Focus {
        if let top = overlays.last { return .overlay(top) }
        if isSearching { return .search }
        return .screen(keyScope)
    }

    /// Installs a register the store saved, and recomputes everything derived from it;
    /// a history on screen is read again, since the save may have added to it.
    mutating func replaceRegister(_ newRegister: Register) {
        register = newRegister
        history?.isStale = true
        context = ListContext(register: newRegister, l10n: l10n, today: today)
        overview = OverviewScreen(register: newRegister, today: today, l10n: l10n, keeping: overview)
        for kind in lists.keys {
            lists[kind]!.isStale = true
            lists[kind]!.volunteerSearch = VolunteerSearch()
        }
        statistics = tab == .statistics ? statistics?.recounted(register: newRegister, today: today) : nil
        refreshIfStale(tab)
        var firstGone: Int?
        for i in stack.indices {
            if case .list(var list) = stack[i] {
                list.volunteerSearch = VolunteerSearch()
                list.follow(overview)
                if !list.rerank(newRegister) { firstGone = firstGone ?? i }
                list.refresh(context)
                stack[i] = .list(list)
            }
        }
        // A ranking whose task another program deleted goes, with what was opened from it.
        if let firstGone { stack.removeSubrange(firstGone...) }
        stack.removeAll { screen in
            if case .detail(let d) = screen { return !context.exists(d.ref) }
            return false
        }
        for i in overlays.indices {
            if case .emergency(var lookup) = overlays[i] {
                lookup.reindex(context.volunteerIndex)
                overlays[i] = .emergency(lookup)
            }
        }
        layout()
    }

    /// The list the keys act on: a pushed list, else the tab's list (nil on the overview
    /// or a detail screen).
    var currentList: ListScreen? {
        get {
            if let top = stack.last {
                if case .list(let list) = top { return list }
                return nil
            }
            return listKind(of: tab).flatMap { lists[$0] }
        }
        set {
            guard let newValue else { return }
            if let top = stack.last {
                if case .list = top { stack[stack.count - 1] = .list(newValue) }
                return
            }
            if let kind = listKind(of: tab) { lists[kind] = newValue }
        }
    }

    var currentDetail: DetailScreen? {
        get {
            if case .detail(let d)? = stack.last { return d }
            return nil
        }
        set {
            if let newValue, case .detail? = stack.last { stack[stack.count - 1] = .detail(newValue) }
        }
    }

    func listKind(of tab: Tab) -> ListKind? {
        switch tab {
        case .overview, .statistics: return nil
        case .volunteers: return .volunteers
        case .contacts: return .contacts
        case .workplaces: return .workplaces
        case .agreements: return .agreements
        case .events: return .events
        case .tasks: return .tasks
        case .associations: return .associations
        }
    }

    /// True while typed characters are text, not commands.
    public var isTextEntry: Bool {
        switch focus {
        case .overlay(.form(let form)): return form.isTextEntry
        case .overlay(.emergency): return true
        case .overlay(.spreadsheetImport(let dialog)): return dialog.plan == nil
        case .overlay(.removal(let dialog)): return dialog.step == .name
        case .overlay(.retentionBatch(let batch)): return batch.running == nil
        case .overlay(.workplaceFilter): return true
        case .overlay(.help), .overlay(.confirmDelete), .overlay(.notice), .overlay(.conflict): return false
        case .search: return true
        case .screen: return false
        }
    }

    /// A new day (the app left open overnight): what is due is counted again.
    mutating func newDay(_ day: Day) {
        today = day
        replaceRegister(register)
    }
}

/// Follow-up to a commit once it is saved.
enum AfterCommit {
    /// Close the form and select the saved record in the list on screen, if it is there.
    case closeForm(showing: RecordRef)
    case closeOverlay
    case clearMarks
    /// Close the overlay and say what was done (an import's counts).
    case report(String)
    /// Clear the marks of the list on screen and say what was done with them.
    case markedDone(String)
}
