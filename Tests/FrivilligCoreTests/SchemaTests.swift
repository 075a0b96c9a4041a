import Foundation
@testable import FrivilligCore
import XCTest

/// The field tables (`Volunteer.schema` …) against the model and the fast codec: a field
/// added to a model but not to its table, to the maximal record, to the fast reader or
/// to the writer makes one of these fail and names it.
final class SchemaTests: XCTestCase {
    func testEveryJSONKeyOfEveryKindHasExactlyOneTableEntry() {
        assertSameKeys(Volunteer.Fields.CodingKeys.allCases.map(\.stringValue), Volunteer.schema.map(\.key), "volunteer")
        assertSameKeys(Contact.CodingKeys.allCases.map(\.stringValue), Contact.schema.map(\.key), "contact")
        assertSameKeys(Workplace.CodingKeys.allCases.map(\.stringValue), Workplace.schema.map(\.key), "workplace")
        assertSameKeys(Agreement.CodingKeys.allCases.map(\.stringValue), Agreement.schema.map(\.key), "agreement")
        assertSameKeys(RecognitionEvent.CodingKeys.allCases.map(\.stringValue), RecognitionEvent.schema.map(\.key), "event")
        assertSameKeys(AccessRequest.CodingKeys.allCases.map(\.stringValue), AccessRequest.schema.map(\.key), "access request")
        assertSameKeys(VolunteerTask.CodingKeys.allCases.map(\.stringValue), VolunteerTask.schema.map(\.key), "task")
        assertSameKeys(Association.CodingKeys.allCases.map(\.stringValue), Association.schema.map(\.key), "association")
    }

    func testFieldNamesAreUniqueWithinAKind() {
        for (kind, names) in [("volunteer", Volunteer.schema.map(\.name)), ("contact", Contact.schema.map(\.name)),
                              ("workplace", Workplace.schema.map(\.name)), ("agreement", Agreement.schema.map(\.name)),
                              ("event", RecognitionEvent.schema.map(\.name)), ("access request", AccessRequest.schema.map(\.name)),
                              ("task", VolunteerTask.schema.map(\.name)), ("association", Association.schema.map(\.name))] {
            XCTAssertEqual(Set(names).count, names.count, "\(kind): a name is used twice")
        }
    }

    /// Without this the round trip below would pass for a field the maximal record
    /// leaves at its default, which is the gap the demo store had.
    func testTheMaximalRecordsSetEveryField() {
        assertEveryField(Volunteer.schema, MaximalRecords.volunteer, MaximalRecords.blankVolunteer, "volunteer")
        assertEveryField(Contact.schema, MaximalRecords.contact, MaximalRecords.blankContact, "contact")
        assertEveryField(Workplace.schema, MaximalRecords.workplace, MaximalRecords.blankWorkplace, "workplace")
        assertEveryField(Agreement.schema, MaximalRecords.agreement, MaximalRecords.blankAgreement, "agreement")
        assertEveryField(RecognitionEvent.schema, MaximalRecords.event, MaximalRecords.blankEvent, "event")
        assertEveryField(AccessRequest.schema, MaximalRecords.accessRequest, MaximalRecords.blankAccessRequest, "access request")
        assertEveryField(VolunteerTask.schema, MaximalRecords.task, MaximalRecords.blankTask, "task")
        assertEveryField(Association.schema, MaximalRecords.association, MaximalRecords.blankAssociation, "association")
    }

    func testMaximalRecordsReadBackTheSameThroughTheFastReaderAndJSONDecoder() throws {
        let register = MaximalRecords.register
        let bytes = StoreCodec.encode(register)
        XCTAssertEqual(StoreReader.register(from: bytes), register, "the fast reader")
        XCTAssertEqual(try StoreCodec.decodeWithFoundation(bytes, path: "max.json"), register, "JSONDecoder")
        XCTAssertEqual(StoreCodec.encode(try XCTUnwrap(StoreReader.register(from: bytes))), bytes)
    }

    func testTheWriterWritesWhatJSONEncoderWrites() throws {
        let register = MaximalRecords.register
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        let foundation = try encoder.encode(register)
        let written = Data(StoreCodec.encode(register))
        XCTAssertEqual(try JSONSerialization.jsonObject(with: written) as? NSDictionary,
                       try JSONSerialization.jsonObject(with: foundation) as? NSDictionary)
        XCTAssertEqual(StoreReader.register(from: foundation), register, "the fast reader on JSONEncoder's output")
    }

    /// Every key of the table is in the file, once per record, and nothing else is.
    func testTheWriterWritesEveryTableKeyOfAMaximalRecord() throws {
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: StoreCodec.encode(MaximalRecords.register)) as? [String: Any])
        let keys = { (list: String) in ((json[list] as? [[String: Any]])?.first?.keys).map { Array($0) } ?? [] }
        assertSameKeys(keys("volunteers"), Volunteer.schema.map(\.key), "volunteer")
        assertSameKeys(keys("contacts"), Contact.schema.map(\.key), "contact")
        assertSameKeys(keys("workplaces"), Workplace.schema.map(\.key), "workplace")
        assertSameKeys(keys("agreements"), Agreement.schema.map(\.key), "agreement")
        assertSameKeys(keys("events"), RecognitionEvent.schema.map(\.key), "event")
        assertSameKeys(keys("accessRequests"), AccessRequest.schema.map(\.key), "access request")
        assertSameKeys(keys("tasks"), VolunteerTask.schema.map(\.key), "task")
        assertSameKeys(keys("associations"), Association.schema.map(\.key), "association")
    }

    func testEverySettingHasOneTableEntryAndTheWriterWritesItAwayFromItsDefault() throws {
        assertSameKeys(Settings.CodingKeys.allCases.map(\.stringValue), Settings.schema.map(\.key), "settings")
        let unset = Settings.schema.filter { $0.value(in: MaximalRecords.settings) == $0.value(in: Settings()) }.map(\.key)
        XCTAssertEqual(unset, [], "the maximal settings leave these at their defaults")
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: StoreCodec.encode(MaximalRecords.register)) as? [String: Any])
        assertSameKeys(Array(try XCTUnwrap(json["settings"] as? [String: Any]).keys), Settings.schema.map(\.key), "settings")
    }

    /// A store written before settings existed, and one with a setting missing, read with
    /// the defaults by both readers.
    func testAStoreWithoutSettingsGetsTheDefaults() throws {
        for text in [#"{"schemaVersion": 1}"#, #"{"schemaVersion": 1, "settings": {"returnGapMonths": 6}}"#] {
            let bytes = Data(text.utf8)
            let fast = try XCTUnwrap(StoreReader.register(from: bytes), text)
            XCTAssertEqual(fast, try StoreCodec.decodeWithFoundation(bytes, path: "old.json"), text)
            XCTAssertEqual(fast.settings.childCheckRenewalYears, 3, text)
            XCTAssertTrue(fast.settings.returnNeedsNewCheck, text)
        }
        XCTAssertEqual(StoreReader.register(from: Data(#"{"schemaVersion": 1}"#.utf8))?.settings, Settings())
    }

    private func assertSameKeys(_ model: [String], _ table: [String], _ kind: String, line: UInt = #line) {
        XCTAssertEqual(table.count, Set(table).count, "\(kind): a key is in the table twice", line: line)
        XCTAssertEqual(Set(model).subtracting(table).sorted(), [], "\(kind): not in the table", line: line)
        XCTAssertEqual(Set(table).subtracting(model).sorted(), [], "\(kind): in the table only", line: line)
    }

    private func assertEveryField<R>(_ schema: [FieldSpec<R>], _ maximal: R, _ blank: R, _ kind: String, line: UInt = #line) {
        let unset = schema.filter { !$0.differs(maximal, blank) }.map(\.key)
        XCTAssertEqual(unset, [], "\(kind): the maximal record leaves these at their defaults", line: line)
    }
}
