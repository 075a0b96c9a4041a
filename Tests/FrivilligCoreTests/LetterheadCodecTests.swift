@testable import FrivilligCore
import Foundation
import XCTest

/// The letterhead is kept with the settings: written by the store's writer, read back the
/// same by both readers and through a journalled change; absent from a store without one.
final class LetterheadCodecTests: XCTestCase {
    func testTheLetterheadSurvivesBothReadersAndTheJournal() throws {
        var register = Register()
        register.settings.letterhead = Letterhead(municipality: "Aarhus Kommune", department: "Sundhed og Omsorg",
                                                  coordinator: "Mette Lund", phone: "87 13 00 00", email: "frivillig@aarhus.dk",
                                                  address: "Rådhuspladsen 2, 8000 Aarhus C", place: "Aarhus")
        let bytes = StoreCodec.encode(register)
        XCTAssertEqual(StoreReader.register(from: bytes)?.settings, register.settings)
        XCTAssertEqual(try StoreCodec.decodeWithFoundation(bytes, path: "s.json").settings, register.settings)
        let change = try JSONEncoder().encode(Change.putSettings(register.settings))
        XCTAssertEqual(try JSONDecoder().decode(Change.self, from: change), .putSettings(register.settings))
    }

    func testAStoreWithoutALetterheadHasNoLetterheadKey() throws {
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: StoreCodec.encode(Register())) as? [String: Any])
        XCTAssertNil((json["settings"] as? [String: Any])?["letterhead"])
        let text = #"{"schemaVersion": 1, "settings": {"letterhead": {"municipality": "Faxe Kommune"}}}"#
        XCTAssertEqual(StoreReader.register(from: Data(text.utf8))?.settings.letterhead, Letterhead(municipality: "Faxe Kommune"))
        XCTAssertEqual(try StoreCodec.decodeWithFoundation(Data(text.utf8), path: "s.json").settings.letterhead,
                       Letterhead(municipality: "Faxe Kommune"))
    }
}
