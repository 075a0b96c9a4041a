/// Which comes first in a date written with `/`: the day (`2/3/1954` is 2 March, as in
/// Danish and British sheets) or the month (3 February, as in American ones).
///
/// A sheet does not say which it uses, so the import decides per column from its cells
/// and asks for `--date-order` when they cannot tell (`ImportDateColumn`).
public enum DateOrder: String, Sendable, CaseIterable {
    case dmy, mdy
}
