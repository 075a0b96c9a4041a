import TerminalUI

/// Every screen's key table, in the order `?` lists the keys and the hint line names
/// them. The one place a screen's keys are declared.
enum KeyTable {
    /// A screen's keys; only the `/` search takes text (its typing leads the hint).
    static func map(_ scope: KeyScope) -> KeyMap<KeyAction> {
        KeyMap(bindings(scope), otherKeys: scope == .search ? .text(hint: .hintTypeToSearch) : .ignored)
    }

    private static func bindings(_ scope: KeyScope) -> [KeyBinding<KeyAction>] {
        switch scope {
        case .overview:
            return moves(hint: .hintSelect)
                + [KeyBinding(.enter, action: .openLine, help: .helpOpenOverview, hint: .hintOpen)]
                + [KeyBinding(.char("s"), action: .settings, help: .helpSettings, readOnly: false)]
                + global(topLevel: true, overview: true)
        case .statistics:
            return moves(hint: .hintSelect)
                + [KeyBinding(.enter, action: .openBar, help: .helpStatsOpen, hint: .hintOpen),
                   KeyBinding(.char("p"), action: .nextPeriod, help: .helpStatsPeriod, hint: .hintStatsPeriod),
                   KeyBinding(.char("w"), action: .chooseWorkplace, help: .helpStatsWorkplace, hint: .hintStatsWorkplace)]
                + global(topLevel: true, overview: false)
        case .list(let kind, let pushed):
            return moves(hint: nil) + records(kind) + removal(kind, when: .selection)
                + [pushed ? KeyBinding(.escape, action: .back, help: .helpBack)
                    : KeyBinding(.escape, action: .clearSearch, help: .helpClearSearch, when: .searchApplied)]
                + global(topLevel: !pushed, overview: false)
        case .search:
            return [
                KeyBinding(.enter, action: .keepSearch, help: .helpSearch, hint: .hintKeepSearch),
                KeyBinding(.escape, action: .dropSearch, help: .helpSearch, hint: .hintDropSearch),
                KeyBinding(.up, action: .up, help: .helpMove),
                KeyBinding(.down, action: .down, help: .helpMove),
                KeyBinding(.pageUp, action: .pageUp, help: .helpPage),
                KeyBinding(.pageDown, action: .pageDown, help: .helpPage),
            ] + everywhere
        case .detail(let kind):
            return moves(hint: .hintScroll) + details(kind) + removal(kind, when: .always)
                + [KeyBinding(.escape, action: .back, help: .helpBack, hint: .hintBack)]
                + global(topLevel: false, overview: false)
        }
    }

    /// Keys that work over every screen and overlay, forms and pickers included: none of
    /// them is ever text. The lookup's are F2 and Ctrl-N (a control byte every terminal
    /// passes through in raw mode, for one without function keys).
    static var everywhere: [KeyBinding<KeyAction>] {
        [
            KeyBinding(.function(2), .ctrl("n"), action: .emergency, help: .lookupHelpAnywhere, hint: .hintEmergency),
            KeyBinding(.ctrl("l"), action: .redraw, help: .helpRedraw),
            KeyBinding(.ctrl("c"), action: .interrupt, help: .helpInterrupt),
        ]
    }

    /// Up, down, a page, first and last: a selection on lists, scrolling on a detail.
    private static func moves(hint: TextKey?) -> [KeyBinding<KeyAction>] {
        [
            KeyBinding(.up, .char("k"), action: .up, help: .helpMove, hint: hint),
            KeyBinding(.down, .char("j"), action: .down, help: .helpMove, hint: hint),
            KeyBinding(.pageUp, action: .pageUp, help: .helpPage),
            KeyBinding(.pageDown, action: .pageDown, help: .helpPage),
            KeyBinding(.home, .char("g"), action: .first, help: .helpFirstLast),
            KeyBinding(.end, .char("G"), action: .last, help: .helpFirstLast),
        ]
    }

    private static func records(_ kind: ListKind) -> [KeyBinding<KeyAction>] {
        // What a ranking is opened for comes first, so a narrow hint keeps it.
        var out: [KeyBinding<KeyAction>] = kind != .ranking ? [] : [
            KeyBinding(.char("s"), action: .recordAsked, help: .helpRankingAsked, hint: .hintRankingAsked, when: .selection, readOnly: false),
            KeyBinding(.char("t"), action: .assignTask, help: .helpRankingAssign, hint: .hintRankingAssign, when: .selection, readOnly: false),
        ]
        out += [
            KeyBinding(.char("/"), action: .search, help: .helpSearch, hint: .hintSearch),
            KeyBinding(.enter, action: .open, help: .helpOpen, hint: .hintOpen, when: .selection),
        ]
        // What a task is opened for comes before marking, so a narrow hint keeps it.
        if kind == .tasks { out.append(KeyBinding(.char("m"), action: .ranking, help: .helpRanking, hint: .hintRanking, when: .selection)) }
        out += [
            KeyBinding(.char(" "), action: .mark, help: .helpMark, hint: .hintMark, when: .selection),
            KeyBinding(.char("*"), action: .markAll, help: .helpMarkAll, when: .selection),
        ]
        // A ranking is worked out, not edited: its records are the volunteers.
        if kind == .ranking { return out }
        if kind == .retention {
            out.append(KeyBinding(.char("X"), action: .carryOutRetention, help: .helpRetentionBatch, hint: .hintRetentionBatch,
                                  when: .selection, readOnly: false))
        } else {
            out.append(KeyBinding(.char("a"), action: .add, help: .helpAdd, hint: .hintAdd, readOnly: false))
        }
        out += [
            KeyBinding(.char("e"), action: .edit, help: .helpEdit, hint: .hintEdit, when: .selection, readOnly: false),
            KeyBinding(.char("d"), action: .delete, help: .helpDelete, hint: .hintDelete, when: .selection, readOnly: false),
        ]
        if kind == .volunteers {
            out += [
                KeyBinding(.char("r"), action: .recognise, help: .helpThank, hint: .hintThank, when: .selection, readOnly: false),
                KeyBinding(.char("I"), action: .importSpreadsheet, help: .importHelp, readOnly: false),
            ]
        }
        return out
    }

    private static func details(_ kind: ListKind) -> [KeyBinding<KeyAction>] {
        // A task is opened to find someone for it: its ranking before editing, for a narrow hint.
        var out: [KeyBinding<KeyAction>] = kind != .tasks ? [] : [
            KeyBinding(.char("m"), action: .ranking, help: .helpRanking, hint: .hintRanking),
            KeyBinding(.char("v"), action: .linkedVolunteers, help: .helpTaskVolunteers, hint: .hintLinkedVolunteers),
        ]
        out += [
            KeyBinding(.char("e"), action: .edit, help: .helpEdit, hint: .hintEdit, readOnly: false),
            KeyBinding(.char("d"), action: .delete, help: .helpDelete, hint: .hintDelete, readOnly: false),
        ]
        switch kind {
        case .volunteers:
            out += [
                KeyBinding(.char("r"), action: .recognise, help: .helpThankDetail, hint: .hintThank, readOnly: false),
                KeyBinding(.char("a"), action: .newAgreement, help: .helpNewAgreement, hint: .hintNewAgreement, readOnly: false),
            ]
        case .agreements:
            out.append(KeyBinding(.char("b"), action: .welcomeLetter, help: .letterHelpKey, hint: .hintLetter))
        case .workplaces, .events:
            out.append(KeyBinding(.char("v"), action: .linkedVolunteers, help: .helpLinkedVolunteers, hint: .hintLinkedVolunteers))
        case .associations:
            out.append(KeyBinding(.char("v"), action: .linkedVolunteers, help: .helpAssociationMembers, hint: .hintLinkedVolunteers))
        case .contacts, .tasks, .retention, .ranking:
            break
        }
        return out
    }

    /// A volunteer's `X`: anonymise or erase them. A capital letter no screen uses for
    /// anything else, apart from the ordinary delete's `d`, so neither is pressed for the
    /// other; after the screen's other record keys, so a narrow hint line drops it first.
    private static func removal(_ kind: ListKind, when condition: KeyCondition) -> [KeyBinding<KeyAction>] {
        guard kind == .volunteers else { return [] }
        return [KeyBinding(.char("X"), action: .anonymiseOrErase, help: .helpRemoval, hint: .hintRemoval, when: condition, readOnly: false)]
    }

    /// The keys of every screen: tabs, the emergency lookup (`!` here, besides the keys
    /// that open it everywhere, which the hint names), help, redraw and `q`, which quits
    /// from a tab and goes back from a pushed screen.
    private static func global(topLevel: Bool, overview: Bool) -> [KeyBinding<KeyAction>] {
        var out = Tab.allCases.map { tab -> KeyBinding<KeyAction> in
            KeyBinding(.char(Character(String(tab.rawValue))), action: .tab(tab), help: .helpTabs, hint: overview ? .hintTabs : nil)
        }
        out += [
            KeyBinding(.tab, action: .nextTab, help: .helpTabs),
            KeyBinding(.backTab, action: .previousTab, help: .helpTabs),
            KeyBinding(.char("!"), action: .emergency, help: .helpEmergency),
        ]
        out += everywhere
        out += [
            KeyBinding(.char("?"), .function(1), action: .help, help: .helpHelp, hint: .hintHelp),
            KeyBinding(.char("q"), action: topLevel ? .quit : .back, help: .helpQuit, hint: overview ? .hintQuit : nil),
        ]
        return out
    }
}
