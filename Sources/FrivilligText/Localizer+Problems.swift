import FrivilligCore

extension Localizer {
    /// One line per problem: the record, then what is wrong with it.
    public func problem(_ problem: RegisterProblem) -> String {
        let record = problem.record
        let kind = self(recordKind(record.kind))
        let name = record.name.isEmpty ? record.id.uuidString : record.name
        return "\(kind) \(name): \(issue(problem.issue))"
    }

    private func recordKind(_ kind: RegisterProblem.Record.Kind) -> TextKey {
        switch kind {
        case .volunteer: return .checkRecordVolunteer
        case .contact: return .checkRecordContact
        case .workplace: return .checkRecordWorkplace
        case .agreement: return .checkRecordAgreement
        case .event: return .checkRecordEvent
        case .task: return .checkRecordTask
        case .association: return .checkRecordAssociation
        }
    }

    private func issue(_ issue: RegisterProblem.Issue) -> String {
        switch issue {
        case .duplicateID: return self(.checkDuplicateID)
        case .emptyName: return self(.checkEmptyName)
        case .missingVolunteer(let id): return self(.checkMissingVolunteer, id.uuidString)
        case .missingWorkplace(let id): return self(.checkMissingWorkplace, id.uuidString)
        case .missingContact(let id): return self(.checkMissingContact, id.uuidString)
        case .missingAttendee(let id): return self(.checkMissingAttendee, id.uuidString)
        case .missingAssociation(let id): return self(.checkMissingAssociation, id.uuidString)
        case .phoneNotNormalised(let phone): return self(.checkPhoneNotNormalised, phone)
        case .invalidEmail(let email): return self(.checkInvalidEmail, email)
        case .invalidText(let field, let violation): return textViolation(violation, subject: problemField(field))
        case .emergencyContactWithoutName(let index): return self(.checkEmergencyWithoutName, index + 1)
        case .emergencyContactWithoutPhone(let index): return self(.checkEmergencyWithoutPhone, index + 1)
        case .likelyDuplicate(let other, .sameNameAndPhone(let phone)): return self(.checkDuplicateNamePhone, other.name, Phone.display(phone))
        case .likelyDuplicate(let other, .sameEmail(let email)): return self(.checkDuplicateEmail, other.name, email)
        case .endBeforeStart(let start, let end): return self(.checkEndBeforeStart, date(start), date(end))
        case .reviewBeforeStart(let start, let review): return self(.checkReviewBeforeStart, date(start), date(review))
        }
    }

    /// A field as its form labels it: `emergency-name.2` is "Pårørende 2 – Navn".
    private func problemField(_ key: String) -> String {
        guard let dot = key.lastIndex(of: "."), let row = Int(key[key.index(after: dot)...]) else { return field(key) }
        let base = String(key[..<dot])
        return self(.formEmergencyRow, row) + " – " + field(base == "emergency-name" ? "name" : base)
    }
}
