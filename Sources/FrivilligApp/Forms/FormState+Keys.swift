import FrivilligCore
import TerminalUI

extension FormState {
    /// Which of the form's key tables applies: the question about discarding, an open
    /// list, else the focused field's kind.
    var keyScope: FormKeyScope {
        if isConfirmingDiscard { return .discard }
        if let picker, case .choice(let choice) = fields[picker.fieldIndex].control { return .picker(many: choice.allowsMany, filtering: choice.allowsMany && picker.isFiltering) }
        switch fields[focus].control {
        case .text: return .text
        case .choice(let choice): return .choice(many: choice.allowsMany)
        case .checkbox: return .checkbox
        case .attendeeSearch(let search): return .attendeeSearch(searching: search.isSearching)
        case .attendee: return .attendee
        }
    }

    /// The keys of the form as it is now, from `FormKeyTable`.
    var keyMap: KeyMap<FormAction> { FormKeyTable.map(keyScope) }

    /// Applies one key through the current key table; a key it does not list is text for
    /// the focused field where that takes text, and does nothing elsewhere.
    public mutating func handle(_ key: Key) -> FormOutcome {
        let map = keyMap
        if let binding = map.bindings.binding(for: key) { return perform(binding.action) }
        if map.takesText { type(key) }
        return .stay
    }

    /// Ctrl-C over the form: nothing to lose quits at once, changes are asked about first.
    mutating func interrupt() -> FormOutcome {
        guard isChanged else { return .quit }
        picker = nil
        isConfirmingDiscard = true
        quitsOnDiscard = true
        return .stay
    }

    mutating func perform(_ action: FormAction) -> FormOutcome {
        switch action {
        case .nextField, .previousField:
            // From an open list too: it closes, and the next field has the keys.
            picker = nil
            moveFocus(by: action == .nextField ? 1 : -1, wrapping: true)
        case .fieldBelow: moveFocus(by: 1, wrapping: false)
        case .fieldAbove: moveFocus(by: -1, wrapping: false)
        case .save: return save()
        case .cancel:
            guard isChanged else { return .cancel }
            isConfirmingDiscard = true
        case .openPicker: openPicker()
        case .nextOption, .previousOption: editChoice { $0.cycle(by: action == .nextOption ? 1 : -1) }
        case .toggle:
            if case .checkbox(let isOn) = fields[focus].control { setControl(.checkbox(!isOn), at: focus) }
        case .removeAttendee: removeAttendee(at: focus)
        case .matchUp, .matchDown: editSearch { $0.moveSelection(by: action == .matchDown ? 1 : -1) }
        case .addMatch:
            if case .attendeeSearch(let search) = fields[focus].control, let match = search.selectedMatch { addAttendee(match) }
        case .clearSearch: editSearch { $0.clear() }
        case .pickerUp: picker?.moveUp()
        case .pickerDown: picker?.moveDown()
        case .pickerPageUp: picker?.pageUp()
        case .pickerPageDown: picker?.pageDown()
        case .pick, .tick: chooseHighlighted(closing: action == .pick)
        case .tickAndClearFilter:
            chooseHighlighted(closing: false)
            clearPickerFilter()
        case .clearFilter: clearPickerFilter()
        case .closePicker: picker = nil
        case .discard: return quitsOnDiscard ? .quit : .cancel
        case .keepEditing:
            isConfirmingDiscard = false
            quitsOnDiscard = false
        case .help: break  // The app opens help before the key reaches the form.
        }
        return .stay
    }

    /// A key that is not in the table, typed into the focused field: text, the open
    /// list's filter, or a choice, whose list opens filtered by what is typed.
    private mutating func type(_ key: Key) {
        if let picker, case .choice(let choice) = fields[picker.fieldIndex].control {
            self.picker?.type(key, choice: choice)
            return
        }
        switch fields[focus].control {
        case .text(var field):
            if field.handle(key) { setControl(.text(field), at: focus) }
        case .choice(let choice):
            switch key {
            case .char, .paste:
                openPicker()
                picker?.type(key, choice: choice)
            default: break
            }
        case .attendeeSearch(var search):
            let before = search.query.text
            guard search.query.handle(key) else { return }
            if search.query.text != before {
                search.refresh(excluding: Set(FormValues(fields: fields, l10n: l10n).attendees))
            }
            fields[focus].control = .attendeeSearch(search)
        case .checkbox, .attendee:
            break
        }
    }

    private mutating func openPicker() {
        guard case .choice(let choice) = fields[focus].control else { return }
        let group = choice.groupedBy.flatMap { id in fields.first { $0.id == id } }.flatMap { field -> String? in
            if case .choice(let by) = field.control { return by.selected.first }
            return nil
        }
        picker = ChoicePicker(fieldIndex: focus, choice: choice, group: group)
    }

    /// Picks the open list's highlighted option: a single choice closes the list, one of
    /// many is ticked on or off with the list left open.
    private mutating func chooseHighlighted(closing: Bool) {
        guard let picker, case .choice(var choice) = fields[picker.fieldIndex].control,
              let option = picker.highlighted(choice) else { return }
        choice.choose(option.id)
        setControl(.choice(choice), at: picker.fieldIndex)
        if closing { self.picker = nil }
    }

    /// Empties the open list's filter, so the next option is found by typing afresh.
    private mutating func clearPickerFilter() {
        guard let picker, case .choice(let choice) = fields[picker.fieldIndex].control else { return }
        self.picker?.clearFilter(choice)
    }

    private mutating func editChoice(_ change: (inout ChoiceControl) -> Void) {
        guard case .choice(var choice) = fields[focus].control else { return }
        change(&choice)
        setControl(.choice(choice), at: focus)
    }

    private mutating func editSearch(_ change: (inout AttendeeSearch) -> Void) {
        guard case .attendeeSearch(var search) = fields[focus].control else { return }
        change(&search)
        fields[focus].control = .attendeeSearch(search)
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
