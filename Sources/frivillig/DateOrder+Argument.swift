import ArgumentParser
import FrivilligExchange

/// `--date-order dmy|mdy` on the import commands.
extension DateOrder: ExpressibleByArgument {}
