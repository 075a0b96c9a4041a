import Foundation

/// Where the store lives: `--store`, else `$FRIVILLIG_STORE`, else
/// `$XDG_DATA_HOME/frivillig/store.json`, else `~/.local/share/frivillig/store.json`.
public enum StoreLocation {
    public static func resolve(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let path = explicit, !path.isEmpty { return URL(fileURLWithPath: expand(path, environment)) }
        if let path = environment["FRIVILLIG_STORE"], !path.isEmpty { return URL(fileURLWithPath: expand(path, environment)) }
        let base: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            base = xdg
        } else {
            base = (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share"
        }
        return URL(fileURLWithPath: base + "/frivillig/store.json")
    }

    private static func expand(_ path: String, _ environment: [String: String]) -> String {
        guard path == "~" || path.hasPrefix("~/") else { return path }
        return (environment["HOME"] ?? NSHomeDirectory()) + path.dropFirst()
    }
}
