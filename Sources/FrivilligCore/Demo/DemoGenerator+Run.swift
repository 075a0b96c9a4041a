import Foundation

extension DemoGenerator {
    /// A name as shown, and the ASCII form people use for it in an e-mail address.
    struct PersonName {
        let display: String
        let emailName: String
    }

    /// The state of one `make()`: the random stream, and what has been handed out already
    /// so that phone numbers and e-mail addresses never repeat.
    struct Run {
        var random: SplitMix64
        let today: Day
        private let firstNames: [PersonName]
        private let surnames: [PersonName]
        private var phonesIssued = 0
        private let phoneOffset: Int
        private var emailNamesUsed: [String: Int] = [:]

        /// Danish subscriber numbers are 8 digits starting with 2–9.
        private static let phoneRange = 80_000_000
        /// Coprime with `phoneRange`, so stepping by it visits every number once and the
        /// numbers of neighbours do not look alike.
        private static let phoneStep = 48_271_013

        init(seed: UInt64, today: Day) {
            random = SplitMix64(seed: seed)
            self.today = today
            firstNames = People.firstNames.map { PersonName(display: $0, emailName: Run.ascii($0)) }
            surnames = People.surnames.map { PersonName(display: $0, emailName: Run.ascii($0)) }
            phoneOffset = random.int(0...Run.phoneRange - 1)
        }

        /// A phone number nobody else in the register has, in stored form.
        mutating func phone() -> String {
            let n = (phoneOffset + Run.phoneStep * phonesIssued) % Run.phoneRange
            phonesIssued += 1
            return "+45" + String(20_000_000 + n)
        }

        /// `soeren.jensen@example.dk`, numbered from the second Søren Jensen on.
        mutating func email(for name: PersonName, domain: String) -> String {
            let used = emailNamesUsed[name.emailName, default: 0] + 1
            emailNamesUsed[name.emailName] = used
            return name.emailName + (used == 1 ? "" : String(used)) + "@" + domain
        }

        /// A random name: mostly Danish, sometimes with a middle name, rarely in another script.
        mutating func personName() -> PersonName {
            if random.chance(0.002) {
                let foreign = random.pick(People.foreignWholeNames)
                return PersonName(display: foreign.name, emailName: foreign.emailName)
            }
            let first = random.pick(firstNames), last = random.pick(surnames)
            let middle = random.chance(0.25) ? random.pick(People.middleNames) + " " : ""
            return PersonName(
                display: first.display + " " + middle + last.display,
                emailName: first.emailName + "." + last.emailName)
        }

        /// A given name with a family's surname, for relatives.
        mutating func relativeName(surname: String) -> String {
            random.pick(firstNames).display + " " + surname
        }

        /// One of the fixed names every demo starts with.
        func showcaseName(_ i: Int) -> PersonName {
            let display = People.showcase[i]
            if let foreign = People.foreignWholeNames.first(where: { $0.name == display }) {
                return PersonName(display: display, emailName: foreign.emailName)
            }
            let words = display.split(separator: " ")
            return PersonName(display: display, emailName: Run.ascii(String(words[0])) + "." + Run.ascii(String(words[words.count - 1])))
        }

        mutating func address() -> String {
            let home = homeAddress()
            return home.street + ", " + home.postalCode + " " + home.city
        }

        /// A street and number, and a postal code with its town ("8900", "Randers C").
        mutating func homeAddress() -> (street: String, postalCode: String, city: String) {
            let street = random.pick(Places.streets) + " " + String(random.int(1...120)) + random.pick(Places.floors)
            let town = random.pick(Places.towns).split(separator: " ", maxSplits: 1).map(String.init)
            return (street, town[0], town[1])
        }

        /// An instant during office hours on `day`, so that stored timestamps follow `today`
        /// rather than the clock of the machine that made the demo.
        mutating func timestamp(on day: Day) -> Date {
            Date(timeIntervalSince1970: TimeInterval(day.ordinal * 86_400 + random.int(7 * 3_600...17 * 3_600)))
        }

        /// Æ, ø and å spelt ae, oe and aa, accents dropped, and only what an address allows kept.
        private static func ascii(_ text: String) -> String {
            String(SearchFold.plain(text).unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || $0 == "-") }
                .map(Character.init))
        }
    }
}
