import FrivilligCore
import FrivilligText

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
    /// The header an export writes, from the language files the screens speak from.
    public static func name(_ field: CsvField, _ language: CsvLanguage) -> String {
        let l10n = Localizer(language == .da ? .da : .en)
        switch field {
        case .emergencyName(let n): return l10n(.csvHeaderEmergencyName, number(n))
        case .emergencyRelation(let n): return l10n(.csvHeaderEmergencyRelation, number(n))
        case .emergencyPhone(let n): return l10n(.csvHeaderEmergencyPhone, number(n))
        case .ignored: return ""
        case .id: return l10n(.csvHeaderId)
        case .name: return l10n(.csvHeaderName)
        case .firstName: return l10n(.csvHeaderFirstName)
        case .lastName: return l10n(.csvHeaderLastName)
        case .phone: return l10n(.csvHeaderPhone)
        case .email: return l10n(.csvHeaderEmail)
        case .address: return l10n(.csvHeaderAddress)
        case .postalCode: return l10n(.csvHeaderPostalCode)
        case .city: return l10n(.csvHeaderCity)
        case .birthDate: return l10n(.csvHeaderBirthDate)
        case .status: return l10n(.csvHeaderStatus)
        case .statusChanged: return l10n(.csvHeaderStatusChanged)
        case .startDate: return l10n(.csvHeaderStartDate)
        case .skills: return l10n(.csvHeaderSkills)
        case .interests: return l10n(.csvHeaderInterests)
        case .weekdays: return l10n(.csvHeaderWeekdays)
        case .availability: return l10n(.csvHeaderAvailability)
        case .workplaces: return l10n(.csvHeaderWorkplaces)
        case .membership: return l10n(.csvHeaderMembership)
        case .association: return l10n(.csvHeaderAssociation)
        case .consentDate: return l10n(.csvHeaderConsentDate)
        case .consentScopes: return l10n(.csvHeaderConsentScopes)
        case .consentHow: return l10n(.csvHeaderConsentHow)
        case .consentWithdrawn: return l10n(.csvHeaderConsentWithdrawn)
        case .notes: return l10n(.csvHeaderNotes)
        case .tags: return l10n(.csvHeaderTags)
        case .created: return l10n(.csvHeaderCreated)
        case .updated: return l10n(.csvHeaderUpdated)
        case .revision: return l10n(.csvHeaderRevision)
        case .kind: return l10n(.csvHeaderKind)
        case .organisation: return l10n(.csvHeaderOrganisation)
        case .role: return l10n(.csvHeaderRole)
        case .area: return l10n(.csvHeaderArea)
        case .contacts: return l10n(.csvHeaderContacts)
        case .guidelines: return l10n(.csvHeaderGuidelines)
        case .worksWithChildren: return l10n(.csvHeaderWorksWithChildren)
        case .volunteer: return l10n(.csvHeaderVolunteer)
        case .workplace: return l10n(.csvHeaderWorkplace)
        case .contact: return l10n(.csvHeaderContact)
        case .allowedTasks: return l10n(.csvHeaderAllowedTasks)
        case .forbiddenTasks: return l10n(.csvHeaderForbiddenTasks)
        case .reviewDate: return l10n(.csvHeaderReviewDate)
        case .endDate: return l10n(.csvHeaderEndDate)
        case .signedByVolunteer: return l10n(.csvHeaderSignedVolunteer)
        case .signedByContact: return l10n(.csvHeaderSignedContact)
        case .confidentiality: return l10n(.csvHeaderConfidentiality)
        case .dutyToReport: return l10n(.csvHeaderDutyToReport)
        case .insurance: return l10n(.csvHeaderInsurance)
        case .expenses: return l10n(.csvHeaderExpenses)
        case .regularAttachment: return l10n(.csvHeaderRegularAttachment)
        case .childCheckRequired: return l10n(.csvHeaderCheckRequired, l10n(.csvHeaderChildCheck))
        case .childCheckConsent: return l10n(.csvHeaderCheckConsent, l10n(.csvHeaderChildCheck))
        case .childCheckReceived: return l10n(.csvHeaderCheckReceived, l10n(.csvHeaderChildCheck))
        case .criminalCheckRequired: return l10n(.csvHeaderCheckRequired, l10n(.csvHeaderCriminalCheck))
        case .criminalCheckConsent: return l10n(.csvHeaderCheckConsent, l10n(.csvHeaderCriminalCheck))
        case .criminalCheckReceived: return l10n(.csvHeaderCheckReceived, l10n(.csvHeaderCriminalCheck))
        case .date: return l10n(.csvHeaderDate)
        case .eventKind: return l10n(.csvHeaderKind)
        case .title: return l10n(.csvHeaderTitle)
        case .description: return l10n(.csvHeaderDescription)
        case .attendees: return l10n(.csvHeaderAttendees)
        case .giftValue: return l10n(.csvHeaderGiftValue)
        case .partsOfDay: return l10n(.fieldPartsOfDay)
        case .from: return l10n(.fieldFrom)
        case .until: return l10n(.fieldUntil)
        case .ongoing: return l10n(.fieldOngoing)
        case .wanted: return l10n(.fieldWanted)
        case .volunteers: return l10n(.fieldVolunteers)
        case .web: return l10n(.fieldWeb)
        case .listedSince: return l10n(.fieldListedSince)
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
        func exported() -> CsvField? {
            allowed.first { field in [CsvLanguage.da, .en].contains { fold(name(field, $0)).letters == letters } }
        }
        switch kind {
        case .agreements, .events:
            return exported() ?? aliases.first { [CsvField.id, .notes].contains($0.key) && $0.value.contains(letters) }?.key
        case .tasks, .associations:
            // Their export's headers first (a task's "Kontaktperson" is its contact), then
            // the common spellings of the fields they share with the people and places.
            if let field = exported() { return field }
        case .volunteers, .contacts, .workplaces:
            break
        }
        if let special = kindAliases[kind]?[letters] { return special }
        // A header the export writes always reads back, aliases or not (a volunteer's
        // "Tidspunkt på dagen").
        return aliases.first { allowed.contains($0.key) && $0.value.contains(letters) }?.key ?? exported()
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
        .consentScopes: ["samtykkedaekker", "samtykketil", "consentcovers", "consentscopes"],
        .consentHow: ["samtykkemaade", "samtykkeform", "consentmethod", "consenthow"],
        .consentWithdrawn: ["samtykketrukkettilbage", "samtykketilbagetrukket", "consentwithdrawn"],
        .notes: ["noter", "note", "notat", "notater", "bemaerkning", "bemaerkninger", "kommentar",
                 "kommentarer", "notes", "comment", "comments", "remarks"],
        .tags: ["maerker", "maerke", "tags", "tag"],
        .created: ["oprettet", "created"],
        .updated: ["aendret", "opdateret", "updated"],
        .revision: ["revision"],
        .kind: ["type", "kind"],
        .organisation: ["organisation", "organization", "arbejdssted", "firma", "institution", "virksomhed"],
        .role: ["rolle", "stilling", "titel", "jobtitel", "role", "title", "jobtitle"],
        .area: ["omraade", "fagomraade", "area"],
        .contacts: ["kontaktpersoner", "kontaktperson", "kontakter", "kontakt", "contacts", "contact"],
        .guidelines: ["retningslinjer", "guidelines"],
        .worksWithChildren: ["boernunder", "arbejdermedboern", "boern", "children", "childrenunder", "workswithchildren"],
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
