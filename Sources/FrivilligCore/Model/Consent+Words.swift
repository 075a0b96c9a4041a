extension Consent.Scope {
    /// A scope as a person writes it, in Danish or English, in a spreadsheet cell or on
    /// the command line (`register`, `billeder`, `deling`), or as an export names it
    /// (`deling med arbejdspladsen`); nil for anything else.
    public init?(word: String) {
        switch SearchFold.plain(word).filter(\.isLetter) {
        case "register", "registret", "registeret", "registrering", "theregister": self = .register
        case "photos", "photo", "foto", "fotos", "billeder", "billede": self = .photos
        case "sharing", "share", "deling", "dele", "delingmedarbejdspladsen", "sharingwiththeworkplace": self = .sharing
        default: return nil
        }
    }

    /// A comma-separated list of scopes; nil when one of them is not a scope.
    public static func list(_ text: String) -> [Consent.Scope]? {
        var scopes: [Consent.Scope] = []
        for word in text.split(whereSeparator: { $0 == "," || $0 == ";" }) where !word.trimmingWhitespace.isEmpty {
            guard let scope = Consent.Scope(word: String(word)) else { return nil }
            if !scopes.contains(scope) { scopes.append(scope) }
        }
        return Consent.Scope.allCases.filter(scopes.contains)
    }
}

extension Consent.Method {
    /// A method as a person writes it, in Danish or English (`skriftligt`, `e-mail`), or
    /// as an export names it (`på e-mail`).
    public init?(word: String) {
        switch SearchFold.plain(word).filter(\.isLetter) {
        case "written", "inwriting", "skriftligt", "skriftlig", "paapapir": self = .written
        case "email", "mail", "paaemail", "byemail", "pamail": self = .email
        case "oral", "orally", "mundtligt", "mundtlig": self = .oral
        case "digital", "digitally", "digitalt", "online": self = .digital
        default: return nil
        }
    }
}
