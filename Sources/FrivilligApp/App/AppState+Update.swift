import FrivilligCore
import Foundation
import TerminalUI

extension AppState {
    /// Applies one key; returns the effects for the runtime to perform. A paste goes to
    /// the text being typed (a field, a filter, a search) by that text's rules, and is
    /// refused with a message where nothing is typed.
    public mutating func update(_ key: Key) -> [Effect] {
        message = nil
        if key == .resize { return [] }
        if key == .ctrl("l") { return [.redraw] }
        if case .paste = key, !isTextEntry {
            // Nothing here takes text: the paste must not act as the keys inside it.
            message = StatusMessage(text: l10n(.pasteNowhere), isError: true)
            return []
        }
        if overlay != nil { return updateOverlay(key) }
        if currentList?.isFiltering == true, updateFilter(key) { return [] }
        return updateScreen(key)
    }

    /// The runtime's answer to a `.commit` effect.
    public mutating func committed(_ result: CommitResult) {
        switch result {
        case .saved(let newRegister):
            replaceRegister(newRegister)
            message = StatusMessage(text: l10n(.tuiSaved), isError: false)
            switch afterCommit {
            case .closeForm(let saved)?:
                overlay = nil
                if var list = currentList, let i = list.refs.firstIndex(of: saved) {
                    list.viewport.selected = i
                    currentList = list
                }
            case .closeOverlay?: overlay = nil
            case .report(let text)?:
                overlay = nil
                message = StatusMessage(text: text, isError: false)
            case .clearMarks?:
                overlay = nil
                for kind in lists.keys { lists[kind]!.marked = [] }
                if var list = currentList {
                    list.marked = []
                    currentList = list
                }
            case nil: break
            }
        case .refused(let error):
            if case .form(var form) = overlay, case .invalid(let errors) = error {
                form.show(errors)
                overlay = .form(form)
            } else if case .form(let form) = overlay, case .conflict(let conflict) = error {
                overlay = .conflict(ConflictDialog(conflict: conflict, form: form))
                afterCommit = nil
                return
            } else if case .confirmDelete = overlay {
                overlay = nil
            }
            message = StatusMessage(text: l10n.registerError(error).joined(separator: " "), isError: true)
        case .failed(let lines):
            message = StatusMessage(text: lines.joined(separator: " "), isError: true)
        }
        afterCommit = nil
    }

    /// Another program saved changes to the store; show them, keeping the place.
    public mutating func storeChanged(_ newRegister: Register) {
        replaceRegister(newRegister)
        if overlay == nil { message = StatusMessage(text: l10n(.tuiReloaded), isError: false) }
    }

    /// Resizes the screen; everything is laid out again at the new size.
    public mutating func resize(width: Int, height: Int) {
        self.width = width
        self.height = height
        layout()
    }

    // MARK: Screens

    private mutating func updateScreen(_ key: Key) -> [Effect] {
        switch key {
        case .char("?"), .function(1):
            overlay = .help
            return []
        case .char("!"):
            overlay = .emergency(EmergencyLookup())
            return []
        case .char("q"):
            if stack.isEmpty { return [.quit] }
            stack.removeLast()
            return []
        case .escape:
            if !stack.isEmpty {
                stack.removeLast()
            } else if var list = currentList, !list.filter.text.isEmpty {
                list.filter = TextField()
                list.refresh(context)
                currentList = list
            }
            return []
        case .char(let c) where ("1"..."6").contains(c):
            stack.removeAll()
            tab = Tab(rawValue: Int(String(c))!)!
            return []
        case .tab:
            stack.removeAll()
            tab = tab.next
            return []
        case .backTab:
            stack.removeAll()
            tab = tab.previous
            return []
        default:
            break
        }
        if isReadOnly, currentList != nil || currentDetail != nil, case .char(let c) = key, "aedrI".contains(c) {
            message = StatusMessage(text: l10n(.tuiReadOnlyRefused), isError: true)
            return []
        }
        if currentDetail != nil { return updateDetail(key) }
        if currentList != nil { return updateList(key) }
        return updateOverview(key)
    }

    private mutating func updateOverview(_ key: Key) -> [Effect] {
        if moveViewport(&overview.viewport, key) { return [] }
        if key == .enter, let item = overview.selectedItem {
            var list = ListScreen(kind: item.kind, title: item.title, fixed: item.refs, overviewItem: overview.viewport.selected)
            list.viewport.height = listBodyHeight
            list.refresh(context)
            stack.append(.list(list))
        }
        return []
    }

    private mutating func updateList(_ key: Key) -> [Effect] {
        guard var list = currentList else { return [] }
        defer { currentList = list }
        if moveViewport(&list.viewport, key) { return [] }
        switch key {
        case .char("/"):
            list.isFiltering = true
        case .enter:
            if let ref = list.selectedRef { openDetail(ref) }
        case .char(" "):
            if let ref = list.selectedRef {
                if list.marked.contains(ref) { list.marked.remove(ref) } else { list.marked.insert(ref) }
                list.viewport.moveDown()
            }
        case .char("a"):
            openAddForm(list.kind)
        case .char("I") where list.kind == .volunteers:
            overlay = .spreadsheetImport(SpreadsheetImportDialog())
        case .char("e"):
            if let ref = list.selectedRef { openEditForm(ref) }
        case .char("d"):
            if let ref = list.selectedRef { askDelete(ref) }
        case .char("r"):
            let marked = list.refs.filter { list.marked.contains($0) }.compactMap(volunteerID)
            let attendees = marked.isEmpty ? list.selectedRef.flatMap(volunteerID).map { [$0] } ?? [] : marked
            if list.kind == .volunteers || !marked.isEmpty {
                openEventForm(attendees: attendees)
            }
        default:
            break
        }
        return []
    }

    private mutating func updateDetail(_ key: Key) -> [Effect] {
        guard var detail = currentDetail else { return [] }
        if key == .char("b"), case .agreement(let id) = detail.ref { return requestLetter(id) }
        switch key {
        case .up, .char("k"): detail.scroll = max(0, detail.scroll - 1)
        case .down, .char("j"): detail.scroll += 1
        case .pageUp: detail.scroll = max(0, detail.scroll - listBodyHeight)
        case .pageDown: detail.scroll += listBodyHeight
        case .home, .char("g"): detail.scroll = 0
        case .char("e"): openEditForm(detail.ref)
        case .char("d"): askDelete(detail.ref)
        case .char("r"):
            if case .volunteer(let id) = detail.ref { openEventForm(attendees: [id]) }
        case .char("a"):
            if case .volunteer(let id) = detail.ref {
                overlay = .form(.agreement(nil, volunteerID: id, register: register, today: today, l10n: l10n))
            }
        default: break
        }
        currentDetail = detail
        return []
    }

    /// `/` search: typed text filters the list live; Enter keeps it, Esc clears it.
    private mutating func updateFilter(_ key: Key) -> Bool {
        guard var list = currentList else { return false }
        defer { currentList = list }
        switch key {
        case .enter:
            list.isFiltering = false
            return true
        case .escape:
            list.isFiltering = false
            list.filter = TextField()
            list.refresh(context)
            return true
        case .up, .down, .pageUp, .pageDown:
            return moveViewport(&list.viewport, key)
        default:
            let before = list.filter.text
            guard list.filter.handle(key) else { return false }
            if list.filter.text != before {
                list.refresh(context)
                list.viewport.home()
            }
            return true
        }
    }

    /// The movement keys every list shares; true when the key was one of them.
    private func moveViewport(_ viewport: inout ListViewport, _ key: Key) -> Bool {
        switch key {
        case .up, .char("k"): viewport.moveUp()
        case .down, .char("j"): viewport.moveDown()
        case .pageUp: viewport.pageUp()
        case .pageDown: viewport.pageDown()
        case .home, .char("g"): viewport.home()
        case .end, .char("G"): viewport.end()
        default: return false
        }
        return true
    }

    private func volunteerID(_ ref: RecordRef) -> UUID? {
        if case .volunteer(let id) = ref { return id }
        return nil
    }

    mutating func openDetail(_ ref: RecordRef) {
        stack.append(.detail(DetailScreen(ref: ref)))
    }

    // MARK: Overlays

    private mutating func updateOverlay(_ key: Key) -> [Effect] {
        switch overlay {
        case .help?, .notice?:
            overlay = nil
            return []
        case .conflict(let dialog)?:
            if dialog.conflict.wasDeleted {
                overlay = nil
                return []
            }
            if key == .escape {
                overlay = .form(dialog.form)
                return []
            }
            guard let change = dialog.choice(key) else { return [] }
            overlay = .form(dialog.form)
            afterCommit = AppState.afterSaving([change])
            return [.commit([change])]
        case .confirmDelete(let confirmation)?:
            if key == .char("y") || key == .char("j") {
                afterCommit = .closeOverlay
                return [.commit([confirmation.change])]
            }
            overlay = nil
            return []
        case .emergency(var lookup)?:
            defer { if case .emergency? = overlay { overlay = .emergency(lookup) } }
            switch key {
            case .escape:
                overlay = nil
            case .up: lookup.scroll = max(0, lookup.scroll - 1)
            case .down: lookup.scroll = min(max(0, lookup.hits.count - 1), lookup.scroll + 1)
            case .pageUp: lookup.scroll = max(0, lookup.scroll - 5)
            case .pageDown: lookup.scroll = min(max(0, lookup.hits.count - 1), lookup.scroll + 5)
            case .enter:
                if lookup.hits.indices.contains(lookup.scroll) {
                    let id = register.volunteers[lookup.hits[lookup.scroll]].id
                    overlay = nil
                    openDetail(.volunteer(id))
                }
            default:
                let before = lookup.query.text
                if lookup.query.handle(key), lookup.query.text != before {
                    lookup.search(context.volunteerIndex)
                }
            }
            return []
        case .spreadsheetImport(let dialog)?:
            return updateSpreadsheetImport(dialog, key)
        case .form(var form)?:
            let outcome = form.handle(key)
            overlay = .form(form)
            switch outcome {
            case .stay: return []
            case .cancel:
                overlay = nil
                return []
            case .save(let changes, let base):
                afterCommit = AppState.afterSaving(changes)
                return [.commit(changes, base: base)]
            }
        case nil:
            return []
        }
    }

    private mutating func openAddForm(_ kind: ListKind) {
        switch kind {
        case .volunteers: overlay = .form(.volunteer(nil, register: register, today: today, l10n: l10n))
        case .contacts: overlay = .form(.contact(nil, register: register, l10n: l10n))
        case .workplaces: overlay = .form(.workplace(nil, register: register, l10n: l10n))
        case .agreements: overlay = .form(.agreement(nil, volunteerID: nil, register: register, today: today, l10n: l10n))
        case .events: overlay = .form(.event(nil, attendees: [], register: register, today: today, l10n: l10n))
        }
    }

    private mutating func openEditForm(_ ref: RecordRef) {
        switch ref {
        case .volunteer(let id):
            if let v = context.volunteer(id) { overlay = .form(.volunteer(v, register: register, today: today, l10n: l10n)) }
        case .contact(let id):
            if let c = context.contact(id) { overlay = .form(.contact(c, register: register, l10n: l10n)) }
        case .workplace(let id):
            if let w = context.workplace(id) { overlay = .form(.workplace(w, register: register, l10n: l10n)) }
        case .agreement(let id):
            if let a = context.agreement(id) { overlay = .form(.agreement(a, volunteerID: a.volunteerID, register: register, today: today, l10n: l10n)) }
        case .event(let id):
            if let e = context.event(id) { overlay = .form(.event(e, attendees: e.attendeeIDs, register: register, today: today, l10n: l10n)) }
        }
    }

    private mutating func openEventForm(attendees: [UUID]) {
        overlay = .form(.event(nil, attendees: attendees, register: register, today: today, l10n: l10n))
    }

    /// Asks before deleting, listing what goes with the record; a workplace or contact
    /// still in use is refused at once with the list of what uses it.
    private mutating func askDelete(_ ref: RecordRef) {
        switch ref {
        case .volunteer(let id):
            guard let v = context.volunteer(id) else { return }
            let impact = register.deletionImpact(ofVolunteer: id)
            var lines = [l10n(.tuiDeleteVolunteer, v.name)]
            if !impact.agreements.isEmpty { lines.append(l10n.count(.tuiDeleteAgreements, impact.agreements.count)) }
            if !impact.events.isEmpty { lines.append(l10n.count(.tuiDeleteAttendance, impact.events.count)) }
            overlay = .confirmDelete(DeleteConfirmation(change: .deleteVolunteer(id), lines: lines))
        case .contact(let id):
            let refs = register.references(toContact: id)
            guard refs.isEmpty else { return refuseDelete(refs) }
            overlay = .confirmDelete(DeleteConfirmation(change: .deleteContact(id), lines: [l10n(.tuiDeleteRecord, context.contact(id)?.name ?? "")]))
        case .workplace(let id):
            let refs = register.references(toWorkplace: id)
            guard refs.isEmpty else { return refuseDelete(refs) }
            overlay = .confirmDelete(DeleteConfirmation(change: .deleteWorkplace(id), lines: [l10n(.tuiDeleteRecord, context.workplace(id)?.name ?? "")]))
        case .agreement(let id):
            let name = context.agreement(id).flatMap { context.volunteer($0.volunteerID)?.name } ?? ""
            overlay = .confirmDelete(DeleteConfirmation(change: .deleteAgreement(id), lines: [l10n(.tuiDeleteAgreement, name)]))
        case .event(let id):
            overlay = .confirmDelete(DeleteConfirmation(change: .deleteEvent(id), lines: [l10n(.tuiDeleteRecord, context.event(id)?.title ?? "")]))
        }
    }

    private mutating func refuseDelete(_ refs: [Reference]) {
        overlay = .notice(title: l10n(.tuiCannotDelete), lines: l10n.registerError(.stillReferenced(refs)))
    }
}

extension AppState {
    /// What follows a form's save: the form closes on the saved record (an event's
    /// marks are cleared).
    static func afterSaving(_ changes: [Change]) -> AfterCommit {
        switch changes.first {
        case .putEvent?: return .clearMarks
        case .putVolunteer(let v)?: return .closeForm(showing: .volunteer(v.id))
        case .putContact(let c)?: return .closeForm(showing: .contact(c.id))
        case .putWorkplace(let w)?: return .closeForm(showing: .workplace(w.id))
        case .putAgreement(let a)?: return .closeForm(showing: .agreement(a.id))
        default: return .closeOverlay
        }
    }
}
