import Foundation
import FrivilligCore

/// Writes volunteers, their emergency contacts and the coordinator's contacts as vCards
/// for an address book or a phone.
///
/// Every value goes through `ContentLine` (escaping, folding at 75 octets, CRLF), so
/// names with commas or notes with line breaks survive. Each emergency contact gets a
/// card of their own, with a note saying whose relative they are: in an emergency the
/// phone finds the relative by name. Their UID is derived from the volunteer's id and
/// their place in the list, so exporting again updates the same cards.
public struct VCardWriter {
    public let version: VCardVersion
    public let labels: VCardLabels

    public init(version: VCardVersion, labels: VCardLabels) {
        self.version = version
        self.labels = labels
    }

    /// The whole export: each volunteer followed by their emergency contacts, then the contacts.
    public func write(volunteers: [Volunteer], contacts: [Contact]) -> String {
        var out = ""
        for v in volunteers {
            out += card(for: v)
            for (n, relative) in v.emergencyContacts.enumerated() where !(relative.name.isEmpty && relative.phone.isEmpty) {
                out += card(forRelative: relative, number: n, of: v)
            }
        }
        for c in contacts { out += card(for: c) }
        return out
    }

    /// A volunteer's own card; the NOTE lists whom to call, since 3.0 has no RELATED.
    public func card(for v: Volunteer) -> String {
        var lines = header(uid: v.id, name: v.name)
        for (n, phone) in v.phones.enumerated() { lines.append(tel(phone, type: "cell", preferred: n == 0)) }
        if !v.email.isEmpty { lines.append(email(v.email)) }
        if !(v.address + v.postalCode + v.city).isEmpty {
            // Post box, extended address, street, locality, region, postal code, country.
            let parts = ["", "", v.address, v.city, "", v.postalCode, ""].map(ContentLine.escape)
            lines.append("ADR" + (version == .v3 ? ";TYPE=HOME" : ";TYPE=home") + ":" + parts.joined(separator: ";"))
        }
        lines.append("CATEGORIES:" + ContentLine.escape(labels.volunteerCategory))
        let relatives = v.emergencyContacts.filter { !($0.name.isEmpty && $0.phone.isEmpty) }.map(VCardName.separatingRelation)
        if !relatives.isEmpty {
            lines.append("NOTE:" + ContentLine.escape(labels.emergencyNote(relatives)))
        }
        if version == .v4 {
            for (n, relative) in v.emergencyContacts.enumerated() where !(relative.name.isEmpty && relative.phone.isEmpty) {
                lines.append("RELATED;TYPE=emergency:" + VCardWriter.uri(VCardWriter.relativeID(of: v.id, number: n)))
            }
        }
        return finish(lines)
    }

    /// The card of a volunteer's `number`th emergency contact, saying whose relative they
    /// are; a relation written after the name ("Kirsten Hansen, hustru") goes into the
    /// note, not into the name (`VCardName.separatingRelation`).
    public func card(forRelative relative: EmergencyContact, number: Int, of v: Volunteer) -> String {
        let relative = VCardName.separatingRelation(relative)
        let name = relative.name.isEmpty ? Phone.display(relative.phone) : relative.name
        var lines = header(uid: VCardWriter.relativeID(of: v.id, number: number), name: name)
        if !relative.phone.isEmpty { lines.append(tel(relative.phone, type: "cell", preferred: true)) }
        lines.append("CATEGORIES:" + ContentLine.escape(labels.relativeCategory))
        lines.append("NOTE:" + ContentLine.escape(labels.relativeNote(relative, v)))
        return finish(lines)
    }

    /// A staff or association contact's card, with organisation and role.
    public func card(for c: Contact) -> String {
        var lines = header(uid: c.id, name: c.name)
        if !c.organisation.isEmpty { lines.append("ORG:" + ContentLine.escape(c.organisation)) }
        if !c.role.isEmpty { lines.append("TITLE:" + ContentLine.escape(c.role)) }
        if !c.phone.isEmpty { lines.append(tel(c.phone, type: "work", preferred: true)) }
        if !c.email.isEmpty { lines.append(email(c.email)) }
        lines.append("CATEGORIES:" + ContentLine.escape(labels.contactCategory))
        return finish(lines)
    }

    /// The stable id of a volunteer's `number`th emergency contact's card: the volunteer's
    /// id with its last byte mixed with the number, and the RFC 4122 version nibble set to
    /// 8 (custom) so it can never equal a record's random (version 4) id.
    public static func relativeID(of volunteer: UUID, number: Int) -> UUID {
        var bytes = volunteer.uuid
        bytes.6 = 0x80 | (bytes.6 & 0x0F)
        bytes.15 ^= UInt8(truncatingIfNeeded: number + 1)
        bytes.14 ^= UInt8(truncatingIfNeeded: (number + 1) >> 8)
        return UUID(uuid: bytes)
    }

    static func uri(_ id: UUID) -> String { "urn:uuid:" + id.uuidString.lowercased() }

    private func header(uid: UUID, name: String) -> [String] {
        var lines = ["BEGIN:VCARD", "VERSION:" + version.rawValue]
        if version == .v4 { lines.append("KIND:individual") }
        lines.append("UID:" + VCardWriter.uri(uid))
        lines.append("FN:" + ContentLine.escape(name))
        let n = VCardName(name)
        lines.append("N:" + ContentLine.escape(n.family) + ";" + ContentLine.escape(n.given) + ";;;")
        return lines
    }

    private func tel(_ phone: String, type: String, preferred: Bool) -> String {
        switch version {
        case .v3:
            return "TEL;TYPE=" + type.uppercased() + (preferred ? ",PREF" : "") + ":" + ContentLine.escape(phone)
        case .v4:
            let value = phone.hasPrefix("+") && phone.dropFirst().allSatisfy(\.isNumber) ? "tel:" + phone : phone
            let valueType = value.hasPrefix("tel:") ? ";VALUE=uri" : ""
            return "TEL" + valueType + ";TYPE=" + type + (preferred ? ";PREF=1" : "") + ":" + ContentLine.escape(value)
        }
    }

    private func email(_ address: String) -> String {
        (version == .v3 ? "EMAIL;TYPE=INTERNET:" : "EMAIL:") + ContentLine.escape(address)
    }

    private func finish(_ lines: [String]) -> String {
        (lines + ["END:VCARD"]).map(ContentLine.fold).joined()
    }
}
