import Foundation
import FrivilligCore

/// Anonymising a volunteer or erasing them for good, the two ways the `X` dialog offers
/// to take a person out of the register and every file beside it.
public enum RemovalKind: Equatable, Sendable, CaseIterable {
    /// The usual choice: the personal fields go, what the statistics count stays.
    case anonymise
    case erase
}

/// What the coordinator confirmed in the dialog, for the runtime to carry out.
public struct RemovalChoice: Equatable, Sendable {
    public let volunteerID: UUID
    /// The name as the coordinator confirmed it; the runtime refuses when the stored
    /// one differs by then (renamed in another program meanwhile).
    public let name: String
    public let kind: RemovalKind
    /// Where the person is another volunteer's emergency contact (erasing only).
    public let relatives: Erasure.Relatives
    /// The year an anonymised record's label is numbered in ("Anonym frivillig 2026-017").
    public let year: Int
}

/// The work the removal dialog asks of the runtime (`Effect.removal`), which needs the
/// store's files: `RemovalPerformer` does it and answers with messages.
public enum RemovalRequest: Equatable, Sendable {
    /// Find every place the volunteer occurs, for the preview; answered with
    /// `.removalPlanned`. `year` numbers the label an anonymisation would give.
    case plan(volunteerID: UUID, year: Int)
    /// Anonymise or erase, reporting each step with `.removalProgress`; answered with `.removed`.
    case carryOut(RemovalChoice)
    /// Carry out these rows of the retention list in turn (`Store.carryOut`), reporting
    /// each with `.retentionProgress`; answered with `.retentionCarriedOut`.
    case retention([Retention.Item], today: Day)
}
