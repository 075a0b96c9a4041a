@testable import FrivilligExchange
import FrivilligCore
import XCTest

final class VCardWriterTests: XCTestCase {
    private let labels = VCardLabels(
        volunteerCategory: "Frivillig", contactCategory: "Kontakt", relativeCategory: "Pårørende",
        relativeNote: { r, v in "Pårørende (\(r.relation)) til \(v.name)" },
        emergencyNote: { "Pårørende: " + $0.map(\.name).joined(separator: ", ") })

    private let volunteer = Volunteer(
        id: UUID(uuidString: "6F1C2A4E-0B43-4B0E-9C8B-1B0E4E1A0001")!, name: "Hans Christian Andersen",
        phones: ["+4520123456"], emergencyContacts: [EmergencyContact(name: "Jonas Collin", relation: "ven", phone: "+4530303030")])

    func testVersion3CardHasTheRequiredPropertiesInOrder() {
        let card = VCardWriter(version: .v3, labels: labels).card(for: volunteer)
        XCTAssertEqual(card.components(separatedBy: "\r\n"), [
            "BEGIN:VCARD", "VERSION:3.0", "UID:urn:uuid:6f1c2a4e-0b43-4b0e-9c8b-1b0e4e1a0001",
            "FN:Hans Christian Andersen", "N:Andersen;Hans Christian;;;", "TEL;TYPE=CELL,PREF:+4520123456",
            "CATEGORIES:Frivillig", "NOTE:Pårørende: Jonas Collin", "END:VCARD", "",
        ])
    }

    func testVersion4RelatesTheVolunteerToTheRelativesCard() {
        let writer = VCardWriter(version: .v4, labels: labels)
        let out = writer.write(volunteers: [volunteer], contacts: [])
        let relativeID = VCardWriter.relativeID(of: volunteer.id, number: 0)
        XCTAssertTrue(out.contains("RELATED;TYPE=emergency:urn:uuid:\(relativeID.uuidString.lowercased())\r\n"))
        XCTAssertTrue(out.contains("UID:urn:uuid:\(relativeID.uuidString.lowercased())\r\nFN:Jonas Collin\r\n"))
        XCTAssertTrue(out.contains("TEL;VALUE=uri;TYPE=cell;PREF=1:tel:+4530303030\r\n"))
        XCTAssertTrue(out.contains("NOTE:Pårørende (ven) til Hans Christian Andersen\r\n"))
    }

    func testRelativeIDsAreStableDistinctAndNeverARandomID() {
        let first = VCardWriter.relativeID(of: volunteer.id, number: 0)
        XCTAssertEqual(first, VCardWriter.relativeID(of: volunteer.id, number: 0))
        XCTAssertNotEqual(first, VCardWriter.relativeID(of: volunteer.id, number: 1))
        XCTAssertNotEqual(first, volunteer.id)
        XCTAssertEqual(first.uuidString.lowercased().dropFirst(14).first, "8", "version nibble 8, not a random version 4 id")
    }

    func testContactCardAndEscapedStructuredName() {
        let contact = Contact(name: "Kjær, Hanne", organisation: "Solgården; Plejecenter", role: "Leder", email: "h@example.dk")
        let card = VCardWriter(version: .v3, labels: labels).card(for: contact)
        XCTAssertTrue(card.contains("\r\nFN:Kjær\\, Hanne\r\nN:Kjær;Hanne;;;\r\n"), card)
        XCTAssertTrue(card.contains("\r\nORG:Solgården\\; Plejecenter\r\nTITLE:Leder\r\n"), card)
        XCTAssertTrue(card.contains("\r\nEMAIL;TYPE=INTERNET:h@example.dk\r\n"), card)
    }
}
