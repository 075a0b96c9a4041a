extension KeyedDecodingContainer {
    /// Optional fields may be missing in files written by earlier versions of the program;
    /// they load as their empty value instead of failing the whole store.
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key, default value: @autoclosure () -> T) throws -> T {
        try decodeIfPresent(type, forKey: key) ?? value()
    }
}

extension KeyedDecodingContainer {
    /// A record's revision; 0 when missing (files from before revisions). A number that is
    /// no `Int` (`1.5`, `99999999999999999999`) makes JSONDecoder throw an error of its
    /// own, which would reach the user as "not valid JSON" for valid JSON; name the field.
    func decodeRevision(forKey key: Key) throws -> Int {
        do {
            return try decode(Int.self, forKey: key, default: 0)
        } catch let error as DecodingError {
            throw error
        } catch {
            throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: "expected a whole number")
        }
    }
}
