import ArgumentParser

/// What `erase` and `anonymise` both take: whom, the confirmation given in advance, and
/// a dry run.
struct RemovalOptions: ParsableArguments {
    @Argument(help: HelpText.help(.usageQuery, value: .usageValueQuery))
    var query: [String]

    @Option(help: HelpText.help(.usageRemovalConfirm, value: .usageValueName))
    var confirm: String?

    @Flag(help: HelpText.help(.usageRemovalDryRun))
    var dryRun = false
}
