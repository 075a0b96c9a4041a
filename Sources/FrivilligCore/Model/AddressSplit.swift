/// A Danish address written as one text, taken apart: "Vestergade 12, 8000 Aarhus C"
/// is the street "Vestergade 12", the postal code "8000" and the town "Aarhus C".
///
/// Volunteers were stored that way before the postal code and town were fields of their
/// own, and spreadsheets still hold them so; the parts are kept apart so that the postal
/// code can be counted by and kept when the rest of an address is not. Only the plain
/// Danish form is recognised (four digits, a space, a town beginning with a letter, after
/// a comma or a line break); anything else is left as it is.
public struct AddressSplit: Equatable, Sendable {
    public let street: String
    public let postalCode: String
    public let city: String

    /// The parts of an address that ends in ", NNNN Town" (or has it on a line of its
    /// own); nil when it does not, or when nothing comes before it.
    public init?(_ address: String) {
        let bytes = Array(address.utf8)
        guard let cut = bytes.lastIndex(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\n") }),
              let town = AddressSplit(town: String(decoding: bytes[(cut + 1)...], as: UTF8.self))
        else { return nil }
        let street = String(decoding: bytes[..<cut], as: UTF8.self).trimmingWhitespace
        guard !street.isEmpty else { return nil }
        self.init(street: street, postalCode: town.postalCode, city: town.city)
    }

    /// The postal code and town of "8000 Aarhus C"; nil for anything else. The street is empty.
    public init?(town: String) {
        let text = town.trimmingWhitespace
        let bytes = Array(text.utf8)
        guard bytes.count >= 6, bytes[..<4].allSatisfy({ (0x30...0x39).contains($0) }), bytes[4] == UInt8(ascii: " ") else {
            return nil
        }
        let city = String(decoding: bytes[5...], as: UTF8.self).trimmingWhitespace
        guard let first = city.first, first.isLetter else { return nil }
        self.init(street: "", postalCode: String(decoding: bytes[..<4], as: UTF8.self), city: city)
    }

    private init(street: String, postalCode: String, city: String) {
        self.street = street
        self.postalCode = postalCode
        self.city = city
    }

    /// The volunteer with the postal code and town moved out of the address, or nil when
    /// there is nothing to move: it has a postal code or a town already, or the address
    /// does not end in one.
    public static func split(_ volunteer: Volunteer) -> Volunteer? {
        guard volunteer.postalCode.isEmpty, volunteer.city.isEmpty, let parts = AddressSplit(volunteer.address) else {
            return nil
        }
        var v = volunteer
        v.address = parts.street
        v.postalCode = parts.postalCode
        v.city = parts.city
        return v
    }
}
