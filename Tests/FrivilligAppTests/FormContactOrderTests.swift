import FrivilligApp
import FrivilligCore
import TerminalUI
import XCTest

/// The agreement form's contact-person list puts the chosen workplace's own contacts
/// first, each with the workplace beside them.
final class FormContactOrderTests: XCTestCase {
    private let anne = Contact(id: AppFixture.id(701), name: "Anne Andersen", organisation: "Kommunen")
    private let lene = Contact(id: AppFixture.id(702), name: "Lene Bak")
    private let ole = Contact(id: AppFixture.id(703), name: "Ole Dam")

    private func contactList(afterChoosing workplace: String) -> [String] {
        let register = Register(
            volunteers: [FormFixture.soerenOe], contacts: [anne, lene, ole],
            workplaces: [Workplace(id: AppFixture.id(711), name: "Plejecenter Solgården", contactIDs: [lene.id]),
                         Workplace(id: AppFixture.id(712), name: "Biblioteket", contactIDs: [anne.id, ole.id])])
        var form = FormState.agreement(nil, volunteerID: FormFixture.soerenOe.id, register: register, today: FormFixture.today, l10n: FormFixture.da)
        form.type(workplace)
        form.press(.enter, .tab, .enter)
        return pickerRows(form.screen(), titled: "Kontaktperson")
    }

    /// The options of the open list titled `title`, top to bottom, without the highlight.
    private func pickerRows(_ screen: [String], titled title: String) -> [String] {
        let rows = screen.map { Array($0) }
        guard let top = rows.firstIndex(where: { String($0).contains("┌ " + title) }),
              let x = rows[top].firstIndex(of: "┌") else { return [] }
        return rows[(top + 1)...].prefix { $0[x] == "│" }.map { row in
            String(row[(x + 1)...].prefix { $0 != "│" }).replacingOccurrences(of: "›", with: "").trimmingCharacters(in: .whitespaces)
        }
    }

    func testTheChosenWorkplacesOwnContactsComeFirstWithTheirWorkplace() {
        XCTAssertEqual(contactList(afterChoosing: "sol"), [
            "(ingen)", "Lene Bak (Plejecenter Solgården)", "Anne Andersen (Biblioteket)", "Ole Dam (Biblioteket)",
        ])
        XCTAssertEqual(contactList(afterChoosing: "bib"), [
            "(ingen)", "Anne Andersen (Biblioteket)", "Ole Dam (Biblioteket)", "Lene Bak (Plejecenter Solgården)",
        ])
    }
}
