import TerminalUI

/// A form's key tables, one per kind of focused field, in the order `?` lists the keys
/// and the hint line names them. The one place a form's keys are declared.
enum FormKeyTable {
    static func map(_ scope: FormKeyScope) -> KeyMap<FormAction> {
        switch scope {
        case .text:
            return KeyMap(fields(hint: .formHintFields) + [save, cancel, .help(.help)], otherKeys: .text(hint: nil))
        case .choice(let many):
            let choose = KeyBinding<FormAction>(.char(" "), .enter, action: .openPicker, help: .formHelpChoose, hint: .formHintChoose)
            let cycle: [KeyBinding<FormAction>] = many ? [] : [
                KeyBinding(.left, action: .previousOption, help: .formHelpCycle, hint: .formHintCycle),
                KeyBinding(.right, action: .nextOption, help: .formHelpCycle, hint: .formHintCycle),
            ]
            // Typing opens the list, filtered by what is typed.
            return KeyMap([choose] + cycle + fields(hint: many ? .formHintFields : nil) + [cancel, .help(.help)],
                          otherKeys: .text(hint: nil))
        case .checkbox:
            return KeyMap([KeyBinding(.char(" "), action: .toggle, help: .formHelpToggle, hint: .formHintToggle)]
                + fields(hint: nil) + [save, cancel, .help(.help)])
        case .attendeeSearch(searching: false):
            return map(.text)
        case .attendeeSearch(searching: true):
            return KeyMap([
                KeyBinding(.up, action: .matchUp, help: .formHelpMatch, hint: .formHintMatch),
                KeyBinding(.down, action: .matchDown, help: .formHelpMatch, hint: .formHintMatch),
                KeyBinding(.enter, action: .addMatch, help: .formHelpAddMatch, hint: .formHintAddMatch),
                KeyBinding(.escape, action: .clearSearch, help: .formHelpClearSearch, hint: .formHintClearSearch),
                KeyBinding(.tab, action: .nextField, help: .formHelpTab),
                KeyBinding(.backTab, action: .previousField, help: .formHelpTab),
                .help(.help),
            ], otherKeys: .text(hint: nil))
        case .attendee:
            return KeyMap([KeyBinding(.char("d"), .delete, .backspace, action: .removeAttendee, help: .formHelpRemove, hint: .formHintRemove)]
                + fields(hint: nil) + [save, cancel, .help(.help)])
        case .picker(let many, let filtering):
            let closing: [KeyBinding<FormAction>]
            switch (many, filtering) {
            case (true, false):
                closing = [
                    KeyBinding(.char(" "), action: .tick, help: .formHelpTick, hint: .formHintTick),
                    KeyBinding(.enter, .escape, action: .closePicker, help: .formHelpCloseMany, hint: .formHintCloseMany),
                ]
            case (true, true):
                // Space is text of the filter now (`dagcenter k`); Enter ticks instead.
                closing = [
                    KeyBinding(.enter, action: .tickAndClearFilter, help: .formHelpTickFiltered, hint: .formHintTickFiltered),
                    KeyBinding(.escape, action: .clearFilter, help: .formHelpClearFilter, hint: .formHintClearFilter),
                ]
            case (false, _):
                closing = [
                    KeyBinding(.enter, action: .pick, help: .formHelpPick, hint: .formHintPick),
                    KeyBinding(.escape, action: .closePicker, help: .formHelpClosePicker, hint: .formHintClosePicker),
                ]
            }
            return KeyMap([
                KeyBinding(.up, action: .pickerUp, help: .formHelpPickerMove, hint: .formHintPickerMove),
                KeyBinding(.down, action: .pickerDown, help: .formHelpPickerMove, hint: .formHintPickerMove),
                KeyBinding(.pageUp, action: .pickerPageUp, help: .helpPage),
                KeyBinding(.pageDown, action: .pickerPageDown, help: .helpPage),
            ] + closing + [
                KeyBinding(.tab, action: .nextField, help: .formHelpPickerTab),
                KeyBinding(.backTab, action: .previousField, help: .formHelpPickerTab),
                .help(.help),
            ], otherKeys: .text(hint: many ? nil : .formHintFilter, position: 1))
        case .discard:
            return KeyMap([
                KeyBinding(.char("j"), .char("J"), .char("y"), .char("Y"), action: .discard, help: .formHelpDiscard, hint: .formHintDiscard),
                KeyBinding(.char("n"), .char("N"), .escape, action: .keepEditing, help: .formHelpKeepEditing, hint: .formHintKeepEditing),
                .help(.help),
            ])
        }
    }

    /// Moving between fields: Tab and Shift-Tab go round, ↓ and ↑ stop at the ends.
    private static func fields(hint: TextKey?) -> [KeyBinding<FormAction>] {
        [
            KeyBinding(.tab, action: .nextField, help: .formHelpFields, hint: hint),
            KeyBinding(.down, action: .fieldBelow, help: .formHelpFields, hint: hint),
            KeyBinding(.backTab, action: .previousField, help: .formHelpFields, hint: hint),
            KeyBinding(.up, action: .fieldAbove, help: .formHelpFields, hint: hint),
        ]
    }

    private static let save = KeyBinding<FormAction>(.enter, action: .save, help: .formHelpSave, hint: .formHintSave)
    private static let cancel = KeyBinding<FormAction>(.escape, action: .cancel, help: .formHelpCancel, hint: .formHintCancel)
}
