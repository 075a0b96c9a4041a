/// The words a person may be stored as, and how to tell them as someone's emergency
/// contact: shared by erasing and anonymising, which look for the same person.
struct PersonWords: Codable, Equatable, Sendable {
    let name: String
    /// Their phones, stored form.
    let phones: [String]
    /// Their texts and every phone in each form it is written (`+4520123456`,
    /// `+45 20 12 34 56`, `20123456`), sorted; short ones (a two-letter name, an empty
    /// e-mail) are left out, as they would match everywhere.
    let words: [String]

    init(name: String, texts: [String], phones: [String]) {
        self.name = name
        self.phones = Array(Set(phones)).sorted()
        var words = texts
        for phone in self.phones {
            words += [phone, Phone.display(phone), Phone.searchDigits(phone)]
        }
        self.words = Array(Set(words.map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.count >= 4 })).sorted()
    }

    /// Whether an emergency contact of another volunteer is this person: one of their
    /// phones, or their name where the entry has no phone to tell a namesake by.
    func isThePerson(_ relative: EmergencyContact) -> Bool {
        if let phone = Phone.normalise(relative.phone) { return phones.contains(phone) }
        return isNamed(relative.name)
    }

    /// Whether `text` is their name as someone typed it (another case, spaces around it).
    func isNamed(_ text: String) -> Bool {
        text.trimmingCharacters(in: .whitespaces).caseInsensitiveCompare(name) == .orderedSame
    }
}
