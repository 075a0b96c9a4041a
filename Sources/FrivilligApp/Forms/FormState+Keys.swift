import FrivilligCore
import TerminalUI

extension FormState {
    /// Applies one key. Tab/↓ and Shift-Tab/↑ move between fields, Enter saves from a
    /// one-line field, Esc cancels (asking first when something was changed).
    public mutating func handle(_ key: Key) -> FormOutcome {
        if isConfirmingDiscard { return answerDiscard(key) }
        if picker != nil, handlePicker(key) { return .stay }
        switch key {
        case .escape: return escape()
        case .enter: return enter()
        case .tab: moveFocus(by: 1, wrapping: true)
        case .backTab: moveFocus(by: -1, wrapping: true)
        case .down, .up:
            let step = key == .down ? 1 : -1
            if case .attendeeSearch(var search) = fields[focus].control, search.isSearching {
                search.moveSelection(by: step)
                fields[focus].control = .attendeeSearch(search)
            } else {
                moveFocus(by: step, wrapping: false)
            }
        default: edit(key)
        }
        return .stay
    }

    private mutating func answerDiscard(_ key: Key) -> FormOutcome {
        switch key {
        case .char(let c) where "jJyY".contains(c): return .cancel
        case .char(let c) where "nN".contains(c): isConfirmingDiscard = false
        case .escape: isConfirmingDiscard = false
        default: break
        }
        return .stay
    }

    /// Gives the key to the open picker; false when the picker closed without using it.
    private mutating func handlePicker(_ key: Key) -> Bool {
        guard var picker, case .choice(var choice) = fields[picker.fieldIndex].control else { return false }
        let result = picker.handle(key, choice: &choice)
        setControl(.choice(choice), at: picker.fieldIndex)
        self.picker = result == .open ? picker : nil
        return result != .unhandled
    }

    private mutating func escape() -> FormOutcome {
        if case .attendeeSearch(var search) = fields[focus].control, search.isSearching {
            search.clear()
            fields[focus].control = .attendeeSearch(search)
            return .stay
        }
        guard isChanged else { return .cancel }
        isConfirmingDiscard = true
        return .stay
    }

    private mutating func enter() -> FormOutcome {
        switch fields[focus].control {
        case .choice(let choice):
            picker = ChoicePicker(fieldIndex: focus, choice: choice)
            return .stay
        case .attendeeSearch(let search) where search.isSearching:
            if let match = search.selectedMatch { addAttendee(match) }
            return .stay
        default:
            return save()
        }
    }

    /// Validates every field; on errors the form stays open on the first bad field.
    private mutating func save() -> FormOutcome {
        switch kind.build(FormValues(fields: fields, l10n: l10n), environment) {
        case .changes(let changes):
            return .save(changes, base: kind.base)
        case .invalid(let messages):
            show(messages)
            return .stay
        }
    }

    private mutating func moveFocus(by step: Int, wrapping: Bool) {
        var next = focus
        for _ in fields.indices {
            next += step
            if wrapping {
                next = (next + fields.count) % fields.count
            } else if !fields.indices.contains(next) {
                return
            }
            if fields[next].control.isFocusable {
                focus = next
                return
            }
        }
    }

    /// Keys for the focused field itself: typing or a paste, toggling, opening a picker,
    /// removing an attendee.
    private mutating func edit(_ key: Key) {
        switch fields[focus].control {
        case .text(var field):
            if field.handle(key) { setControl(.text(field), at: focus) }
        case .choice(var choice):
            switch key {
            case .char(" "): picker = ChoicePicker(fieldIndex: focus, choice: choice)
            case .char, .paste:
                picker = ChoicePicker(fieldIndex: focus, choice: choice)
                _ = handlePicker(key)
            case .left, .right:
                choice.cycle(by: key == .right ? 1 : -1)
                setControl(.choice(choice), at: focus)
            default: break
            }
        case .checkbox(let isOn):
            if key == .char(" ") { setControl(.checkbox(!isOn), at: focus) }
        case .attendeeSearch(var search):
            let before = search.query.text
            guard search.query.handle(key) else { return }
            if search.query.text != before {
                search.refresh(excluding: Set(FormValues(fields: fields, l10n: l10n).attendees))
            }
            fields[focus].control = .attendeeSearch(search)
        case .attendee:
            if key == .char("d") || key == .delete || key == .backspace { removeAttendee(at: focus) }
        }
    }

    /// Changes a field's value; its old errors no longer apply.
    private mutating func setControl(_ control: FormControl, at index: Int) {
        if control.value != fields[index].control.value { fields[index].errors = [] }
        fields[index].control = control
    }

    private var searchIndex: Int? { fields.firstIndex { $0.control.isAttendeeSearch } }

    /// Appends a volunteer to the attendees and readies the search for the next name.
    private mutating func addAttendee(_ volunteer: Volunteer) {
        guard let searchIndex else { return }
        fields.append(EventForm.attendee(volunteer.id, name: volunteer.name))
        if case .attendeeSearch(var search) = fields[searchIndex].control {
            search.clear()
            fields[searchIndex].control = .attendeeSearch(search)
        }
        attendeesChanged()
    }

    /// Removes an attendee row; focus stays on the row that takes its place, or the one
    /// above when it was the last.
    private mutating func removeAttendee(at index: Int) {
        fields.remove(at: index)
        if !fields.indices.contains(focus) || !fields[focus].control.isAttendee {
            focus = index - 1
        }
        attendeesChanged()
    }

    /// Updates the count above the list and drops the list's members from the matches.
    private mutating func attendeesChanged() {
        guard let searchIndex, case .attendeeSearch(var search) = fields[searchIndex].control else { return }
        let attendees = FormValues(fields: fields, l10n: l10n).attendees
        search.refresh(excluding: Set(attendees))
        fields[searchIndex].control = .attendeeSearch(search)
        fields[searchIndex].section = l10n(.formAttendees, attendees.count)
    }
}
