import FrivilligCore
@testable import FrivilligText
import XCTest

/// Every label the field tables name is in both language files, so no screen, message
/// or history line can fall back to showing a field's raw name.
final class SchemaLabelTests: XCTestCase {
    private var labels: [(String, String?)] {
        Volunteer.schema.map { ("volunteer.\($0.key)", $0.label) } + Contact.schema.map { ("contact.\($0.key)", $0.label) }
            + Workplace.schema.map { ("workplace.\($0.key)", $0.label) }
            + Agreement.schema.map { ("agreement.\($0.key)", $0.label) }
            + RecognitionEvent.schema.map { ("event.\($0.key)", $0.label) }
            + AccessRequest.schema.map { ("access-request.\($0.key)", $0.label) }
    }

    func testEveryTableLabelKeyIsInTheLanguageFiles() {
        let missing = labels.compactMap { field, label in label.flatMap { TextKey(rawValue: $0) == nil ? "\(field): \($0)" : nil } }
        XCTAssertEqual(missing, [])
    }

    /// The fields a person reads are labelled; only the bookkeeping ones are not.
    func testOnlyBookkeepingFieldsGoWithoutALabel() {
        XCTAssertEqual(Set(labels.filter { $0.1 == nil }.map { $0.0.split(separator: ".").last.map(String.init)! }),
                       ["id", "created", "updated", "revision"])
    }

    func testEveryFieldNameGivesItsLabelInBothLanguages() {
        for language in [Language.da, .en] {
            let l10n = Localizer(language)
            for spec in Volunteer.schema where spec.label != nil {
                XCTAssertEqual(l10n.field(spec.name), l10n.label(spec), "\(language) \(spec.name)")
                XCTAssertNotEqual(l10n.label(spec), spec.name, "\(language) \(spec.name)")
            }
            XCTAssertEqual(l10n.field("emergency-phone.2"), l10n(.fieldEmergencyPhone))
        }
    }

    /// Every `field.` text is reached through a table or a part's name, so none is left over.
    func testEveryFieldTextIsReachedByAName() {
        let reached = Set(Localizer.labelsByName.values)
        let unreached = TextKey.allCases.filter { $0.rawValue.hasPrefix("field.") && !reached.contains($0) }
        XCTAssertEqual(unreached, [])
    }
}
