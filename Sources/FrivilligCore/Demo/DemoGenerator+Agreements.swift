import Foundation

extension DemoGenerator.Run {
    typealias Texts = DemoGenerator.Texts
    typealias CheckCycle = DemoGenerator.CheckCycle

    /// Most volunteers have a welcome letter for their first workplace, some also for the
    /// second. The first five agreements take each status in turn, so every status is there.
    mutating func agreements(for volunteers: [Volunteer], workplaces: [Workplace]) -> [Agreement] {
        let position = Dictionary(uniqueKeysWithValues: workplaces.enumerated().map { ($0.element.id, $0.offset) })
        var checks = CheckCycle()
        var result: [Agreement] = []
        result.reserveCapacity(volunteers.count)
        for (i, volunteer) in volunteers.enumerated() {
            for (n, workplaceID) in volunteer.workplaceIDs.enumerated() {
                guard let w = position[workplaceID] else { continue }
                let wanted = n == 0 ? i < AgreementStatus.allCases.count || random.chance(0.92) : random.chance(0.5)
                guard wanted else { continue }
                let status = result.count < AgreementStatus.allCases.count
                    ? AgreementStatus.allCases[result.count] : plannedStatus(of: volunteer)
                result.append(agreement(volunteer, at: workplaces[w], status: status, checks: &checks))
            }
        }
        return result
    }

    private mutating func plannedStatus(of volunteer: Volunteer) -> AgreementStatus {
        let r = random.unit()
        switch volunteer.status {
        case .stopped: return .ended
        case .applicant, .declined: return .draft
        case .paused: return r < 0.5 ? .signed : r < 0.8 ? .expired : .ended
        case .active: return r < 0.08 ? .draft : r < 0.18 ? .reviewDue : r < 0.24 ? .expired : r < 0.27 ? .ended : .signed
        }
    }

    /// Dates chosen so that `status(on: today)` gives `status` and no date contradicts another.
    private mutating func agreement(
        _ volunteer: Volunteer, at workplace: Workplace, status: AgreementStatus, checks: inout CheckCycle
    ) -> Agreement {
        var start = min((volunteer.startDate ?? today).adding(days: random.int(0...30)), today)
        var review: Day
        var end: Day?
        switch status {
        case .draft:
            start = today.adding(days: random.int(-20...14))
            review = start.adding(years: 1)
        case .signed:
            review = today.adding(days: random.int(Agreement.reviewWindowDays + 1...365))
            end = random.chance(0.05) ? review.adding(days: random.int(0...120)) : nil
        case .reviewDue:
            review = today.adding(days: random.int(0...Agreement.reviewWindowDays))
        case .expired:
            review = today.adding(days: -random.int(1...300))
            start = min(start, review.adding(days: -random.int(90...365)))
        case .ended:
            let stopped = volunteer.status == .stopped ? volunteer.statusChanged : nil
            let ended = min(stopped ?? today.adding(days: -random.int(1...700)), today.adding(days: -1))
            start = min(start, ended.adding(days: -random.int(30...400)))
            review = start.adding(years: 1)
            end = ended
        }
        let signed = status != .draft
        let volunteerSigned = signed || random.chance(0.5) ? min(start.adding(days: -random.int(0...10)), today) : nil
        let contactSigned = signed ? volunteerSigned.map { min($0.adding(days: random.int(0...5)), today) } : nil
        let explained = signed ? random.chance(0.95) : random.chance(0.3)
        return Agreement(
            id: random.uuid(), volunteerID: volunteer.id, workplaceID: workplace.id,
            contactID: random.pick(workplace.contactIDs), allowedTasks: Texts.allowedTasks[workplace.area] ?? "",
            forbiddenTasks: Texts.forbiddenTasks[workplace.area] ?? "", startDate: start, reviewDate: review,
            endDate: end, signedByVolunteer: volunteerSigned, signedByContact: contactSigned,
            confidentialityExplained: explained, dutyToReportExplained: explained, insuranceExplained: explained,
            expenses: random.pick(Texts.expenses),
            childCheck: workplace.area == "børn" ? check(stage: checks.nextChild(), start: start) : CertificateCheck(),
            criminalCheck: workplace.area == "handicap" && random.chance(0.5)
                ? check(stage: checks.nextCriminal(), start: start) : CertificateCheck())
    }

    /// A required record check at the given stage of its paper trail.
    private mutating func check(stage: CheckCycle.Stage, start: Day) -> CertificateCheck {
        switch stage {
        case .notRequested:
            return CertificateCheck(required: true)
        case .recentlyRequested:
            return CertificateCheck(required: true, consentRequested: today.adding(days: -random.int(0...14)))
        case .waitingLong:
            return CertificateCheck(required: true, consentRequested: today.adding(days: -random.int(15...60)))
        case .received:
            let requested = min(start.adding(days: -random.int(5...20)), today)
            let received = min(requested.adding(days: random.int(2...12)), today)
            return CertificateCheck(
                required: true, consentRequested: requested, received: received, note: Texts.certificateNote)
        }
    }
}
