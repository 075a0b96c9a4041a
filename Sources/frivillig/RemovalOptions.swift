import ArgumentParser

/// What `erase` and `anonymise` both take: whom, the confirmation given in advance, and
/// a dry run.
struct RemovalOptions: ParsableArguments {
    @Argument(help: "A few letters of the name, a phone number or an id.")
    var query: [String]

    @Option(help: "The person's name, exactly as stored, to confirm without being asked.")
    var confirm: String?

    @Flag(help: "Show what would change, and change nothing.")
    var dryRun = false
}
