import FrivilligCore

/// The language of the headers and named values an export writes. Import reads both.
public enum CsvLanguage: String, Sendable {
    case da, en
}

/// Column headers: the one an export writes for a field, and the field an imported
/// header means.
///
/// Headers are compared folded (case, æøå spelled out, spaces and punctuation dropped), so
/// `E-mail`, `e mail` and `Email` are one header; a number in it (`Pårørende 2 telefon`)
/// picks the emergency contact and is otherwise ignored (`Telefon 2` is a phone).
public enum CsvHeader {
    /// The header an export writes.
    public static func name(_ field: CsvField, _ language: CsvLanguage) -> String {
        let da = language == .da
        switch field {
        case .emergencyName(let n): return da ? "Pårørende" + number(n) : "Emergency contact" + number(n)
        case .emergencyRelation(let n):
            return da ? "Pårørende" + number(n) + " relation" : "Emergency contact" + number(n) + " relation"
        case .emergencyPhone(let n):
            return da ? "Pårørende" + number(n) + " telefon" : "Emergency contact" + number(n) + " phone"
        default:
            let pair = names[field]!
            return da ? pair.0 : pair.1
        }
    }

    /// The field an imported header means for this kind of record, or nil when unknown.
    public static func field(for header: String, kind: SpreadsheetKind) -> CsvField? {
        let (letters, number) = fold(header)
        if kind == .volunteers {
            if emergencyNameAliases.contains(letters) { return .emergencyName(number ?? 1) }
            if emergencyRelationAliases.contains(letters) { return .emergencyRelation(number ?? 1) }
            if emergencyPhoneAliases.contains(letters) { return .emergencyPhone(number ?? 1) }
        }
        let allowed = CsvField.fields(for: kind)
        if let special = kindAliases[kind]?[letters] { return special }
        return aliases.first { allowed.contains($0.key) && $0.value.contains(letters) }?.key
    }

    /// Whether a header announces CPR numbers (personnummer), which Frivillig never keeps.
    public static func looksLikeCPR(_ header: String) -> Bool {
        let (letters, _) = fold(header)
        return letters.contains("cpr") || letters.contains("personnummer") || letters == "personnr"
            || letters == "ssn" || letters.contains("socialsecurity")
    }

    /// Lowercase ASCII letters only, and the number the header contained, if any.
    static func fold(_ header: String) -> (letters: String, number: Int?) {
        let plain = SearchFold.plain(header)
        let letters = String(plain.unicodeScalars.filter { ("a"..."z").contains($0) }.map(Character.init))
        let digits = String(plain.unicodeScalars.filter { ("0"..."9").contains($0) }.map(Character.init))
        return (letters, Int(digits))
    }

    private static func number(_ n: Int) -> String { n == 1 ? "" : " \(n)" }

    private static let names: [CsvField: (String, String)] = [
        .id: ("Id", "Id"), .name: ("Navn", "Name"), .firstName: ("Fornavn", "First name"),
        .lastName: ("Efternavn", "Last name"), .phone: ("Telefon", "Phone"), .email: ("E-mail", "E-mail"),
        .address: ("Adresse", "Address"), .postalCode: ("Postnr.", "Postal code"), .city: ("By", "City"),
        .birthDate: ("Fødselsdato", "Birth date"), .status: ("Status", "Status"),
        .statusChanged: ("Status ændret", "Status changed"), .startDate: ("Startdato", "Start date"),
        .skills: ("Kompetencer", "Skills"), .interests: ("Interesser", "Interests"),
        .weekdays: ("Ugedage", "Weekdays"), .availability: ("Tilgængelighed", "Availability"),
        .workplaces: ("Arbejdspladser", "Workplaces"), .membership: ("Tilknytning", "Membership"),
        .association: ("Forening/netværk", "Association/network"), .consentDate: ("Samtykke", "Consent date"),
        .notes: ("Noter", "Notes"), .tags: ("Mærker", "Tags"), .created: ("Oprettet", "Created"),
        .updated: ("Ændret", "Updated"), .revision: ("Revision", "Revision"), .contactKind: ("Type", "Kind"),
        .organisation: ("Organisation", "Organisation"), .role: ("Rolle", "Role"), .area: ("Område", "Area"),
        .contacts: ("Kontaktpersoner", "Contacts"), .guidelines: ("Retningslinjer", "Guidelines"),
        .ignored: ("", ""),
    ]

    /// Folded spellings (Danish and English, with common abbreviations) of each field.
    private static let aliases: [CsvField: Set<String>] = [
        .id: ["id", "uuid"],
        .name: ["navn", "name", "fuldenavn", "fuldtnavn", "fullname", "fornavnogefternavn", "frivillig", "volunteer",
                "frivilligesnavn", "navnpaafrivillig", "navnpaafrivillige"],
        .firstName: ["fornavn", "fornavne", "firstname", "givenname"],
        .lastName: ["efternavn", "efternavne", "lastname", "surname", "familyname"],
        .phone: ["telefon", "tlf", "tlfnr", "telefonnr", "telefonnummer", "telefoner", "mobil", "mobilnr",
                 "mobilnummer", "mobiltelefon", "mobiltlf", "phone", "phones", "phonenumber", "mobile",
                 "mobilephone", "tel", "telephone", "cell", "telefonmobil", "tlfmobil", "privattelefon",
                 "privattlf", "telefonprivat"],
        .email: ["email", "mail", "emailadresse", "mailadresse", "epost", "emailaddress"],
        .address: ["adresse", "address", "gade", "vejognummer", "street", "streetaddress"],
        .postalCode: ["postnr", "postnummer", "zip", "zipcode", "postalcode", "postcode"],
        .city: ["by", "bynavn", "city", "town", "postnrby", "postnrogby", "postnummerogby", "postdistrikt"],
        .birthDate: ["foedselsdato", "foedselsdag", "foedt", "birthdate", "dateofbirth", "birthday", "born"],
        .status: ["status"],
        .statusChanged: ["statusaendret", "statusdato", "statuschanged"],
        .startDate: ["startdato", "start", "startet", "frivilligsiden", "frivilligfra", "opstartsdato", "opstart", "startdate", "started", "since"],
        .skills: ["kompetencer", "kompetence", "kompetencererfaring", "kompetencerogerfaring", "faerdigheder",
                  "skills", "skill"],
        .interests: ["interesser", "interesse", "interests", "interest"],
        .weekdays: ["ugedage", "dage", "weekdays", "days"],
        .availability: ["tilgaengelighed", "availability"],
        .workplaces: ["arbejdspladser", "arbejdsplads", "tilknyttetarbejdsplads", "tilknyttedearbejdspladser",
                      "workplaces", "workplace"],
        .membership: ["tilknytning", "membership"],
        .association: ["forening", "foreningnetvaerk", "netvaerk", "association", "associationnetwork", "network"],
        .consentDate: ["samtykke", "samtykkedato", "samtykkegivet", "consent", "consentdate"],
        .notes: ["noter", "note", "notat", "notater", "bemaerkning", "bemaerkninger", "kommentar",
                 "kommentarer", "notes", "comment", "comments", "remarks"],
        .tags: ["maerker", "maerke", "tags", "tag"],
        .created: ["oprettet", "created"],
        .updated: ["aendret", "opdateret", "updated"],
        .revision: ["revision"],
        .contactKind: ["type", "kind"],
        .organisation: ["organisation", "organization", "arbejdssted", "firma", "institution", "virksomhed"],
        .role: ["rolle", "stilling", "titel", "jobtitel", "role", "title", "jobtitle"],
        .area: ["omraade", "fagomraade", "area"],
        .contacts: ["kontaktpersoner", "kontaktperson", "kontakter", "kontakt", "contacts", "contact"],
        .guidelines: ["retningslinjer", "guidelines"],
    ]

    /// Headers that mean something else for one kind: a contact's "Kontaktperson" is their
    /// name, not a link.
    private static let kindAliases: [SpreadsheetKind: [String: CsvField]] = [
        .contacts: ["kontaktperson": .name, "kontakt": .name, "contact": .name],
    ]

    private static let emergencyNameAliases: Set<String> = [
        "paaroerende", "paaroerendenavn", "paaroerendesnavn", "naermestepaaroerende", "icenavn", "ice",
        "emergencycontact", "emergencycontactname", "emergencyname", "nextofkin", "navnpaapaaroerende",
        "naermestepaaroerendenavn", "naermestepaaroerendesnavn",
    ]
    private static let emergencyRelationAliases: Set<String> = [
        "relation", "paaroerenderelation", "paaroerendesrelation", "relationtilfrivillig",
        "emergencycontactrelation", "emergencyrelation", "relationship", "relationtilpaaroerende",
        "relationtildenfrivillige", "naermestepaaroerenderelation",
    ]
    private static let emergencyPhoneAliases: Set<String> = [
        "paaroerendetelefon", "paaroerendestelefon", "paaroerendetlf", "paaroerendestlf", "paaroerendemobil",
        "paaroerendetelefonnummer", "icetelefon", "icetlf", "emergencycontactphone", "emergencyphone",
        "nextofkinphone", "tlfpaaroerende", "tlfnrpaaroerende", "telefonpaaroerende", "telefonnrpaaroerende",
        "mobilpaaroerende", "paaroerendetlfnr", "paaroerendestlfnr", "paaroerendetelefonnr",
        "paaroerendestelefonnr", "paaroerendestelefonnummer", "paaroerendesmobil", "naermestepaaroerendetlf",
        "naermestepaaroerendetlfnr", "naermestepaaroerendetelefon", "naermestepaaroerendemobil",
    ]
}
