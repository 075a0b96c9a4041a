import Foundation

/// The journal's spelling of a change: `{"op": "putVolunteer", "record": {...}}` or
/// `{"op": "deleteVolunteer", "id": "..."}`, readable with jq and documented in the README.
extension Change {
    private enum CodingKeys: String, CodingKey {
        case op, record, id
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let op = try c.decode(String.self, forKey: .op)
        switch op {
        case "putVolunteer": self = .putVolunteer(try c.decode(Volunteer.self, forKey: .record))
        case "putContact": self = .putContact(try c.decode(Contact.self, forKey: .record))
        case "putWorkplace": self = .putWorkplace(try c.decode(Workplace.self, forKey: .record))
        case "putAgreement": self = .putAgreement(try c.decode(Agreement.self, forKey: .record))
        case "putEvent": self = .putEvent(try c.decode(RecognitionEvent.self, forKey: .record))
        case "deleteVolunteer": self = .deleteVolunteer(try c.decode(UUID.self, forKey: .id))
        case "deleteContact": self = .deleteContact(try c.decode(UUID.self, forKey: .id))
        case "deleteWorkplace": self = .deleteWorkplace(try c.decode(UUID.self, forKey: .id))
        case "deleteAgreement": self = .deleteAgreement(try c.decode(UUID.self, forKey: .id))
        case "deleteEvent": self = .deleteEvent(try c.decode(UUID.self, forKey: .id))
        case "putAccessRequest": self = .putAccessRequest(try c.decode(AccessRequest.self, forKey: .record))
        case "deleteAccessRequest": self = .deleteAccessRequest(try c.decode(UUID.self, forKey: .id))
        case "putTask": self = .putTask(try c.decode(VolunteerTask.self, forKey: .record))
        case "deleteTask": self = .deleteTask(try c.decode(UUID.self, forKey: .id))
        case "putAssociation": self = .putAssociation(try c.decode(Association.self, forKey: .record))
        case "deleteAssociation": self = .deleteAssociation(try c.decode(UUID.self, forKey: .id))
        case "putSettings": self = .putSettings(try c.decode(Settings.self, forKey: .record))
        default:
            throw DecodingError.dataCorruptedError(forKey: .op, in: c, debugDescription: "unknown change \"\(op)\"")
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .putVolunteer(let v): try c.encode("putVolunteer", forKey: .op); try c.encode(v, forKey: .record)
        case .putContact(let r): try c.encode("putContact", forKey: .op); try c.encode(r, forKey: .record)
        case .putWorkplace(let r): try c.encode("putWorkplace", forKey: .op); try c.encode(r, forKey: .record)
        case .putAgreement(let r): try c.encode("putAgreement", forKey: .op); try c.encode(r, forKey: .record)
        case .putEvent(let r): try c.encode("putEvent", forKey: .op); try c.encode(r, forKey: .record)
        case .deleteVolunteer(let id): try c.encode("deleteVolunteer", forKey: .op); try c.encode(id, forKey: .id)
        case .deleteContact(let id): try c.encode("deleteContact", forKey: .op); try c.encode(id, forKey: .id)
        case .deleteWorkplace(let id): try c.encode("deleteWorkplace", forKey: .op); try c.encode(id, forKey: .id)
        case .deleteAgreement(let id): try c.encode("deleteAgreement", forKey: .op); try c.encode(id, forKey: .id)
        case .deleteEvent(let id): try c.encode("deleteEvent", forKey: .op); try c.encode(id, forKey: .id)
        case .putAccessRequest(let r): try c.encode("putAccessRequest", forKey: .op); try c.encode(r, forKey: .record)
        case .deleteAccessRequest(let id): try c.encode("deleteAccessRequest", forKey: .op); try c.encode(id, forKey: .id)
        case .putTask(let r): try c.encode("putTask", forKey: .op); try c.encode(r, forKey: .record)
        case .deleteTask(let id): try c.encode("deleteTask", forKey: .op); try c.encode(id, forKey: .id)
        case .putAssociation(let r): try c.encode("putAssociation", forKey: .op); try c.encode(r, forKey: .record)
        case .deleteAssociation(let id): try c.encode("deleteAssociation", forKey: .op); try c.encode(id, forKey: .id)
        case .putSettings(let s): try c.encode("putSettings", forKey: .op); try c.encode(s, forKey: .record)
        }
    }
}
