import Foundation

extension DemoGenerator.Run {
    typealias People = DemoGenerator.People

    /// Service anniversaries that some volunteers are placed to reach within a month, so
    /// the overview always has someone to congratulate.
    private static let anniversaryYears = [1, 5, 10, 15, 20, 25]

    mutating func volunteers(count: Int, workplaces: [Workplace]) -> [Volunteer] {
        var result: [Volunteer] = []
        result.reserveCapacity(count)
        for i in 0..<count {
            let name = i < People.showcase.count ? showcaseName(i) : personName()
            result.append(volunteer(named: name, workplaces: workplaces))
        }
        return result
    }

    private mutating func volunteer(named name: DemoGenerator.PersonName, workplaces: [Workplace]) -> Volunteer {
        let id = random.uuid()
        let birth = today.adding(years: -age()).adding(days: -random.int(0...363))
        let drawnStart = startDate(earliest: birth.adding(years: 16))
        let status = volunteerStatus()
        let applied = status == .applicant || status == .declined
        let start: Day? = applied ? nil : drawnStart
        let statusChanged = statusDate(status, start: drawnStart)
        let drawnConsent = random.chance(0.04) ? nil : min(drawnStart.adding(days: random.int(0...14)), today)
        let consent = applied ? statusChanged.map { $0.adding(days: -Self.applicationDays) } : drawnConsent
        let registered = consent ?? start ?? statusChanged ?? today
        let created = timestamp(on: registered)
        let lastChange = max(0, registered.days(until: statusChanged ?? registered))
        let phones = phones(), email = volunteerEmail(name), home = homeAddress()
        let places = workplaceIDs(workplaces)
        var v = Volunteer(
            id: id, name: name.display, phones: phones, email: email,
            address: home.street, postalCode: home.postalCode, city: home.city, birthDate: birth, status: status, statusChanged: statusChanged,
            startDate: start, skills: random.pick(random.int(1...3), of: People.skills),
            interests: random.pick(random.int(0...3), of: People.interests), availability: availability(),
            workplaceIDs: applied ? [] : places, membership: membership(),
            emergencyContacts: emergencyContacts(active: status == .active, name: name.display),
            consent: .legacy(consent), notes: random.chance(0.08) ? random.pick(People.volunteerNotes) : "",
            tags: random.pick(tagCount(), of: People.tags), created: created,
            updated: created + TimeInterval(86_400 * random.int(lastChange...registered.days(until: today))))
        v.statusPeriods = Self.periods(status, start: start, changed: statusChanged, applied: consent)
        return v
    }

    /// Days between an application and the answer to it.
    private static let applicationDays = 21

    /// The day the status was reached: nil for the active; for the paused and stopped a
    /// day since they started; an application within the last three months; a refusal
    /// within the last two years, so some are past the half year the retention rules give.
    private mutating func statusDate(_ status: VolunteerStatus, start: Day) -> Day? {
        switch status {
        case .active: return nil
        case .paused, .stopped: return start.adding(days: random.int(0...start.days(until: today)))
        case .applicant: return today.adding(days: -random.int(0...90))
        case .declined: return today.adding(days: -random.int(0...730))
        }
    }

    /// The statuses a demo volunteer has passed through: active since the start, then
    /// paused or stopped; an applicant since applying; declined after being an applicant.
    private static func periods(_ status: VolunteerStatus, start: Day?, changed: Day?, applied: Day?) -> [StatusPeriod] {
        switch status {
        case .active:
            return [StatusPeriod(.active, from: start!)]
        case .paused, .stopped:
            guard let start, let changed, start < changed else { return [StatusPeriod(status, from: changed ?? start!)] }
            return [StatusPeriod(.active, from: start, to: changed), StatusPeriod(status, from: changed)]
        case .applicant:
            return [StatusPeriod(.applicant, from: changed!)]
        case .declined:
            guard let applied, let changed, applied < changed else { return [StatusPeriod(.declined, from: changed!)] }
            return [StatusPeriod(.applicant, from: applied, to: changed), StatusPeriod(.declined, from: changed)]
        }
    }

    /// Ages 16–85, most of them retired as in real volunteer registers.
    private mutating func age() -> Int {
        let band = random.unit()
        if band < 0.12 { return random.int(16...29) }
        if band < 0.30 { return random.int(30...49) }
        if band < 0.55 { return random.int(50...64) }
        return random.int(65...85)
    }

    /// Up to 25 years back and never before the 16th birthday, more often recent; a few
    /// are placed so that a round anniversary falls within the next 30 days.
    private mutating func startDate(earliest: Day) -> Day {
        if random.chance(0.04) {
            let years = Self.anniversaryYears.filter { today.adding(years: -$0) >= earliest }
            if !years.isEmpty {
                return today.adding(days: random.int(0...30)).adding(years: -random.pick(years))
            }
        }
        let span = min(25 * 365, earliest.days(until: today))
        let u = random.unit()
        return today.adding(days: -Int(Double(span) * u * u))
    }

    /// Mostly active; a few of every other status, applicants and refusals included.
    private mutating func volunteerStatus() -> VolunteerStatus {
        let r = random.unit()
        return r < 0.85 ? .active : r < 0.93 ? .paused : r < 0.97 ? .stopped : r < 0.985 ? .applicant : .declined
    }

    private mutating func phones() -> [String] {
        random.chance(0.15) ? [phone(), phone()] : [phone()]
    }

    /// Some older volunteers have no e-mail at all.
    private mutating func volunteerEmail(_ name: DemoGenerator.PersonName) -> String {
        random.chance(0.1) ? "" : email(for: name, domain: random.pick(People.emailDomains))
    }

    private mutating func availability() -> Availability {
        let days = random.pick(random.int(1...3), of: Weekday.allCases).sorted()
        return Availability(weekdays: days, note: random.chance(0.15) ? random.pick(People.availabilityNotes) : "")
    }

    /// One or two distinct workplaces, drawn without copying the list for every volunteer.
    private mutating func workplaceIDs(_ workplaces: [Workplace]) -> [UUID] {
        guard !workplaces.isEmpty else { return [] }
        let first = random.int(0...workplaces.count - 1)
        guard workplaces.count > 1, random.chance(0.25) else { return [workplaces[first].id] }
        var second = random.int(0...workplaces.count - 2)
        if second >= first { second += 1 }
        return [workplaces[first].id, workplaces[second].id]
    }

    private mutating func membership() -> Membership {
        let r = random.unit()
        if r < 0.6 { return .individual }
        if r < 0.9 { return Membership(kind: .association, name: random.pick(People.associations)) }
        return Membership(kind: .network, name: random.pick(People.networks))
    }

    /// Zero to two relatives; about 7% of active volunteers have none, which the overview must catch.
    private mutating func emergencyContacts(active: Bool, name: String) -> [EmergencyContact] {
        guard !random.chance(active ? 0.07 : 0.1) else { return [] }
        let words = name.split(separator: " ")
        let surname = words.count > 1 ? String(words[words.count - 1]) : nil
        return (0..<(random.chance(0.4) ? 2 : 1)).map { _ in
            if let surname, random.chance(0.7) {
                return EmergencyContact(
                    name: relativeName(surname: surname), relation: random.pick(People.familyRelations), phone: phone())
            }
            return EmergencyContact(
                name: personName().display, relation: random.pick(People.otherRelations), phone: phone())
        }
    }

    private mutating func tagCount() -> Int {
        let r = random.unit()
        return r < 0.7 ? 0 : r < 0.92 ? 1 : 2
    }
}
