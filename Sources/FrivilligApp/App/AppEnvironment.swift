import Foundation
import FrivilligCore

/// The clock and the source of new ids, given to the state when it is made, so `update`
/// stays a function of its messages: tests fix them, the runner passes the real ones.
public struct AppEnvironment: Sendable {
    public var today: @Sendable () -> Day
    public var now: @Sendable () -> Date
    public var newID: @Sendable () -> UUID

    public init(today: @escaping @Sendable () -> Day, now: @escaping @Sendable () -> Date, newID: @escaping @Sendable () -> UUID) {
        self.today = today
        self.now = now
        self.newID = newID
    }

    /// The machine's clock (today honouring `FRIVILLIG_TODAY`) and random ids: the only
    /// place the interface reads the clock or makes an id itself.
    public static let system = AppEnvironment(today: { Day.today() }, now: { Date() }, newID: { UUID() })

    /// The system's clock and ids with the day fixed to `day` (a tick never moves it).
    public static func fixedDay(_ day: Day) -> AppEnvironment {
        var environment = system
        environment.today = { day }
        return environment
    }
}
