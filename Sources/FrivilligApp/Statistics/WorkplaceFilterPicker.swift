import Foundation
import FrivilligCore
import FrivilligText
import TerminalUI

/// `w` on the statistics tab: every workplace in Danish name order after "all
/// workplaces", as the list a form's choice field opens, so typing a few letters of a
/// name (`kilde`) and Enter sets the filter even with hundreds of workplaces.
public struct WorkplaceFilterPicker: Sendable {
    let choice: ChoiceControl
    private(set) var picker: ChoicePicker

    /// Opens on the workplace the tab counts now, or on "all" without a filter.
    init(register: Register, current: UUID?, l10n: Localizer) {
        let all = ChoiceControl.Option(id: "", label: l10n(.statsAllWorkplaces))
        choice = ChoiceControl(options: [all] + ChoiceOptions.workplaces(register), selected: current?.uuidString ?? "")
        picker = ChoicePicker(fieldIndex: 0, choice: choice)
    }

    /// The box's title, with the filter as typed.
    func title(_ l10n: Localizer) -> String { picker.title(l10n(.statsChooseWorkplace)) }

    /// The highlighted choice: `.some(nil)` for all workplaces, nil when nothing matches.
    var highlighted: UUID?? {
        guard let option = picker.highlighted(choice) else { return nil }
        return .some(UUID(uuidString: option.id))
    }

    mutating func type(_ key: Key) { picker.type(key, choice: choice) }

    /// ↑ and ↓ by one option, PgUp and PgDn by a page, as the overlay's table names them.
    mutating func move(_ action: OverlayAction) {
        switch action {
        case .scrollUp: picker.moveUp()
        case .scrollDown: picker.moveDown()
        case .pageUp: picker.pageUp()
        default: picker.pageDown()
        }
    }
}
