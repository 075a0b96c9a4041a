extension DemoGenerator.Run {
    typealias Places = DemoGenerator.Places

    /// Workplaces with one to three staff contacts each. The first ones take each kind in
    /// turn, so even the smallest demo has places for elderly people, children, culture
    /// and people with disabilities.
    mutating func workplaces(count: Int) -> (workplaces: [Workplace], contacts: [Contact]) {
        var workplaces: [Workplace] = []
        var contacts: [Contact] = []
        workplaces.reserveCapacity(count)
        for i in 0..<count {
            let kind = i < Places.kinds.count ? Places.kinds[i] : random.pick(Places.kinds)
            let id = random.uuid()
            let name = kind.prefix + random.pick(Places.placeNames) + kind.suffix
            let staff = (0..<random.int(1...3)).map { n in
                staffContact(organisation: name, role: n == 0 ? kind.roles[0] : random.pick(kind.roles))
            }
            contacts += staff
            workplaces.append(Workplace(
                id: id, name: name, area: kind.area, address: address(), contactIDs: staff.map(\.id),
                guidelines: Places.guidelines[kind.area] ?? ""))
        }
        return (workplaces, contacts)
    }

    /// One contact person for each association and network volunteers belong to, so the
    /// coordinator has someone to call there (Frederikshavn's overview of associations).
    mutating func associationContacts() -> [Contact] {
        (DemoGenerator.People.associations + DemoGenerator.People.networks).map { organisation in
            let name = personName()
            return Contact(
                id: random.uuid(), name: name.display, kind: .association, organisation: organisation,
                role: random.pick(DemoGenerator.People.associationRoles), phone: phone(),
                email: email(for: name, domain: DemoGenerator.People.emailDomains[0]))
        }
    }

    /// Contacts nothing refers to (an association none of the volunteers is a member of)
    /// were left so on a day of the last three years, so some are due to be erased.
    mutating func dateUnlinkedContacts(_ register: inout Register) {
        let linked = register.referencedContactIDs
        for i in register.contacts.indices where !linked.contains(register.contacts[i].id) {
            register.contacts[i].unlinkedSince = today.adding(days: -random.int(0...1_095))
        }
    }

    private mutating func staffContact(organisation: String, role: String) -> Contact {
        let name = personName()
        return Contact(
            id: random.uuid(), name: name.display, kind: .staff, organisation: organisation, role: role,
            phone: phone(), email: email(for: name, domain: DemoGenerator.People.staffEmailDomain))
    }
}
