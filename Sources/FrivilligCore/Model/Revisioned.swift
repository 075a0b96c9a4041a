import Foundation

/// A record kind the store keeps revisions of: every kind a `Change` puts.
public protocol Revisioned: Codable, Equatable, Sendable {
    var id: UUID { get }
    var revision: Int { get set }
}

extension Volunteer: Revisioned {}
extension Contact: Revisioned {}
extension Workplace: Revisioned {}
extension Agreement: Revisioned {}
extension RecognitionEvent: Revisioned {}
extension AccessRequest: Revisioned {}
extension VolunteerTask: Revisioned {}
extension Association: Revisioned {}
