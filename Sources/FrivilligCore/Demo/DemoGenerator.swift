import Foundation

/// A made-up but realistic register, for trying the program, showing it to colleagues and
/// measuring it at 100 000 volunteers without touching anyone's real data.
///
/// Everything comes from the seed, the count and `today`: the same three give the same
/// register byte for byte on any machine, so a demo file or a benchmark can be recreated
/// instead of shipped. Dates are placed around `today` so that every list of the Monday
/// overview has something in it, and the register passes `RegisterCheck` without problems.
/// With at least five volunteers every `AgreementStatus` is present.
public struct DemoGenerator: Sendable {
    public let seed: UInt64
    public let volunteers: Int
    public let today: Day

    public init(seed: UInt64, volunteers: Int, today: Day) {
        self.seed = seed
        self.volunteers = max(0, volunteers)
        self.today = today
    }

    public func make() -> Register {
        var run = Run(seed: seed, today: today)
        let associationContacts = run.associationContacts()
        let places = run.workplaces(count: max(5, volunteers / 25))
        let people = run.volunteers(count: volunteers, workplaces: places.workplaces)
        let agreements = run.agreements(for: people, workplaces: places.workplaces)
        let events = run.events(count: max(8, volunteers / 10), volunteers: people)
        var register = Register(
            volunteers: people, contacts: associationContacts + places.contacts,
            workplaces: places.workplaces, agreements: agreements, events: events)
        if let converted = try? register.applying(AssociationConversion(register).changes()) { register = converted }
        run.dateUnlinkedContacts(&register)
        return register
    }
}
