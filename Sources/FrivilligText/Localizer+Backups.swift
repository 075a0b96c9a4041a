extension Localizer {
    /// A file size in kB or MB, for the list of backups.
    public func size(_ bytes: Int) -> String {
        if bytes >= 1_048_576 {
            let tenths = (bytes * 10 + 524_288) / 1_048_576
            return "\(tenths / 10).\(tenths % 10) MB"
        }
        return "\((bytes + 1023) / 1024) kB"
    }
}
