import Foundation

extension Attention {
    /// An agreement with the names a list shows beside it, looked up once here so that a
    /// screen does not search a large register for every row.
    public struct AgreementItem: Hashable, Sendable {
        public let agreement: Agreement
        /// Empty when the volunteer is missing (see `RegisterCheck`).
        public let volunteerName: String
        /// Empty when the agreement names no workplace, or one that is missing.
        public let workplaceName: String

        public init(agreement: Agreement, volunteerName: String, workplaceName: String) {
            self.agreement = agreement
            self.volunteerName = volunteerName
            self.workplaceName = workplaceName
        }

        /// The names of a register's volunteers and workplaces by id, gathered once so
        /// that naming each agreement is a hash lookup.
        struct Lookup {
            private let volunteers: [UUID: String]
            private let workplaces: [UUID: String]

            init(_ register: Register) {
                volunteers = Dictionary(register.volunteers.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
                workplaces = Dictionary(register.workplaces.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
            }

            func item(_ agreement: Agreement) -> AgreementItem {
                AgreementItem(
                    agreement: agreement, volunteerName: volunteers[agreement.volunteerID] ?? "",
                    workplaceName: agreement.workplaceID.flatMap { workplaces[$0] } ?? "")
            }
        }
    }
}
