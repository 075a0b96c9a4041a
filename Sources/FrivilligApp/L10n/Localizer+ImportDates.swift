import FrivilligCore
import FrivilligExchange

extension Localizer {
    /// How a date column was read, one line per decision, as the dry run states it:
    /// `Kolonne »Født«: tocifrede år læst som 2000-tallet, eller som 1900-tallet, …`.
    public func importDateNote(_ note: ImportDateNote) -> String {
        switch note.kind {
        case .twoDigitYears(let rule, let century, let example, let read):
            let key: TextKey = rule == .notInFuture ? .importDateTwoDigitNotInFuture : .importDateTwoDigitYearAhead
            return self(key, note.column, century, century - 100, example, date(read))
        case .orderDecided(let order, let row, let value):
            return self(.importDateOrderDecided, note.column, dateOrder(order), row, value)
        case .orderGiven(let order):
            return self(.importDateOrderGiven, note.column, dateOrder(order), order.rawValue)
        }
    }

    /// `dag/måned/år` or `måned/dag/år`.
    public func dateOrder(_ order: DateOrder) -> String {
        self(order == .dmy ? .importDateOrderDmy : .importDateOrderMdy)
    }

    /// A cell imported as it is that a person should look at, with its row and column.
    public func importWarning(_ warning: ImportRowWarning) -> String {
        self(.importWarningDamagedName, warning.row, warning.column, warning.value)
    }
}
