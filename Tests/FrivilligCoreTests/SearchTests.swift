import FrivilligCore
import XCTest

final class SearchTests: XCTestCase {
    private func names(_ query: String, in volunteers: [Volunteer]) -> [String] {
        VolunteerIndex(volunteers, workplaceNames: [:]).search(SearchQuery(query)).map { volunteers[$0].name }
    }

    private let people = [
        Volunteer(name: "Søren Østergaard", phones: ["+4520123456"], email: "soeren@example.dk"),
        Volunteer(name: "Åse Bæk", phones: ["+4530123456"], skills: ["højtlæsning"]),
        Volunteer(name: "Ægir Holm", emergencyContacts: [EmergencyContact(name: "Mette Holm", relation: "datter", phone: "+4540404040")]),
        Volunteer(name: "Michael Sørensen"),
        Volunteer(name: "Anders And"),
    ]

    func testDanishLettersMatchTheirKeyboardSpellings() {
        for q in ["soren", "søren", "soeren", "SØREN", "Soeren"] {
            XCTAssertEqual(names(q, in: people).first, "Søren Østergaard", q)
        }
        XCTAssertEqual(names("aase", in: people), ["Åse Bæk"])
        XCTAssertEqual(names("åse", in: people), ["Åse Bæk"])
        XCTAssertEqual(names("aegir", in: people), ["Ægir Holm"])
        XCTAssertEqual(names("ægir", in: people), ["Ægir Holm"])
        XCTAssertEqual(names("ostergaard", in: people), ["Søren Østergaard"])
    }

    func testPlainSubstringsStillMatch() {
        XCTAssertEqual(names("chael", in: people), ["Michael Sørensen"])
        XCTAssertEqual(names("el s", in: people), ["Michael Sørensen"])
    }

    func testSearchesPhoneEmailSkillsAndEmergencyContacts() {
        XCTAssertEqual(names("2012 34", in: people), ["Søren Østergaard"])
        XCTAssertEqual(names("+45 30 12", in: people), ["Åse Bæk"])
        XCTAssertEqual(names("example.dk", in: people), ["Søren Østergaard"])
        XCTAssertEqual(names("hojtlaesning", in: people), ["Åse Bæk"])
        XCTAssertEqual(names("mette", in: people), ["Ægir Holm"])
        XCTAssertEqual(names("40404040", in: people), ["Ægir Holm"])
    }

    func testNamePrefixHitsRankFirst() {
        let list = [Volunteer(name: "Karen Sørensen"), Volunteer(name: "Søren Ambrosius"), Volunteer(name: "Bo Sørensøn")]
        XCTAssertEqual(names("søren", in: list), ["Søren Ambrosius", "Bo Sørensøn", "Karen Sørensen"])
    }

    func testEmptyQueryListsEveryoneInDanishOrder() {
        let list = [Volunteer(name: "Åse"), Volunteer(name: "Zenia"), Volunteer(name: "Ægir"), Volunteer(name: "Øjvind"), Volunteer(name: "anna")]
        XCTAssertEqual(names("", in: list), ["anna", "Zenia", "Ægir", "Øjvind", "Åse"])
    }

    func testResolverWantsExactlyOne() {
        let resolver = VolunteerResolver(Register(volunteers: people))
        XCTAssertEqual(resolver.resolve("soeren oe"), .found(people[0]))
        guard case .ambiguous = resolver.resolve("soeren") else { return XCTFail("Søren and Michael Sørensen both match") }
        XCTAssertEqual(resolver.resolve("zzz"), .none)
        guard case .ambiguous(let candidates) = resolver.resolve("s") else { return XCTFail("expected ambiguous") }
        XCTAssertTrue(candidates.contains(people[0]))
        XCTAssertEqual(resolver.resolve(people[3].id.uuidString), .found(people[3]))
        let twins = [Volunteer(name: "Bo Hansen"), Volunteer(name: "Bo Hansen Lund")]
        XCTAssertEqual(VolunteerResolver(Register(volunteers: twins)).resolve("bo hansen"), .found(twins[0]), "an exact name wins")
    }

    func testSortKeyIgnoresCaseAndAccentsButPutsDanishLettersLast() {
        XCTAssertEqual(SearchFold.sortKey("Émile"), SearchFold.sortKey("emile"))
        XCTAssertEqual(SearchFold.sortKey("ÆBLE"), SearchFold.sortKey("æble"))
        XCTAssertLessThan(SearchFold.sortKey("Zenia"), SearchFold.sortKey("Ærø"))
        XCTAssertLessThan(SearchFold.sortKey("Ærø"), SearchFold.sortKey("Øjvind"))
        XCTAssertLessThan(SearchFold.sortKey("Øjvind"), SearchFold.sortKey("Åse"))
    }

    func testMatchKinds() {
        let name = FoldedText("Jens Sørensen-Holm")
        XCTAssertEqual(name.match(SearchQuery("jens")), .start)
        XCTAssertEqual(name.match(SearchQuery("soren")), .wordStart)
        XCTAssertEqual(name.match(SearchQuery("holm")), .wordStart)
        XCTAssertEqual(name.match(SearchQuery("ens")), .inside)
        XCTAssertNil(name.match(SearchQuery("jensen")))
    }

    /// The byte-level folds must give what folding letter by letter gives.
    func testByteFoldsEqualLetterByLetterFolding() {
        var random = SplitMix64(seed: 7)
        let alphabet = Array("aAeEoOzZ æøåÆØÅäöÄÖßéÉèüÜçñÑłŁ Ǆǅ ﬁ İ ŉ a\u{301} o\u{308}-.'🙂ΣσςДж日本\u{200D}\u{202E}\t\n".unicodeScalars)
        var samples = DemoGenerator(seed: 3, volunteers: 200, today: Day(year: 2026, month: 1, day: 1)!).make().volunteers.map(\.name)
        for _ in 0..<2_000 {
            let length = Int(random.next() % 12)
            samples.append(String(String.UnicodeScalarView((0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] })))
        }
        for text in samples {
            let plain = Self.referencePlain(text)
            XCTAssertEqual(SearchFold.plain(text), plain, text)
            XCTAssertEqual(SearchFold.collapsed(plain: plain), Self.referenceCollapsed(plain), text)
        }
    }

    private static func referencePlain(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case _ where scalar.isASCII: out.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            case "æ", "Æ", "ä", "Ä": out.append(contentsOf: "ae".unicodeScalars)
            case "ø", "Ø", "ö", "Ö": out.append(contentsOf: "oe".unicodeScalars)
            case "å", "Å": out.append(contentsOf: "aa".unicodeScalars)
            case "ß": out.append(contentsOf: "ss".unicodeScalars)
            default:
                for s in String(scalar).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars
                where s.properties.generalCategory != .nonspacingMark {
                    out.append(s)
                }
            }
        }
        return String(out)
    }

    private static func referenceCollapsed(_ plain: String) -> String {
        var out = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for scalar in plain.unicodeScalars {
            if let p = previous, (p == "a" && (scalar == "e" || scalar == "a")) || (p == "o" && scalar == "e") {
                previous = nil
                continue
            }
            out.append(scalar)
            previous = scalar
        }
        return String(out)
    }
}
