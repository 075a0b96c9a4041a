// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Frivillig",
    products: [
        .executable(name: "frivillig", targets: ["frivillig"]),
        .executable(name: "frivillig-bench", targets: ["FrivilligBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // The domain, validation, search and the JSON store. Foundation only.
        .target(name: "FrivilligCore"),
        // The interface's words in Danish and English, generated from Resources/l10n, for
        // the screens, the command line and the files Exchange writes alike. TerminalUI only
        // for the placeholders that name a control character as the screens show it.
        .target(name: "FrivilligText", dependencies: ["FrivilligCore", "TerminalUI"]),
        // Import and export: CSV and .xlsx workbooks from Excel, vCard, iCalendar, the person export and the
        // welcome letter. Depends on the register, never on the terminal.
        .target(
            name: "FrivilligExchange",
            dependencies: [
                "FrivilligCore", "FrivilligText", .product(name: "CSV", package: "CSV.swift"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // Cell buffer, layout, keys, text width and widgets. Standard library only.
        .target(name: "TerminalUI"),
        // Inline C accessors for the parts of ncursesw that do not import into Swift.
        .target(
            name: "CNCursesW",
            linkerSettings: [.linkedLibrary("ncursesw")]
        ),
        // The only code that talks to ncursesw.
        .target(name: "CursesBackend", dependencies: ["TerminalUI", "CNCursesW"]),
        // Screens: state, messages, update and view; localised strings.
        .target(name: "FrivilligApp", dependencies: ["FrivilligCore", "FrivilligText", "FrivilligExchange", "TerminalUI"]),
        .executableTarget(
            name: "frivillig",
            dependencies: [
                "FrivilligCore", "FrivilligApp", "FrivilligExchange", "TerminalUI", "CursesBackend",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Speed figures on generated stores; run in release: swift run -c release frivillig-bench
        .executableTarget(name: "FrivilligBench", dependencies: ["FrivilligCore", "FrivilligApp", "TerminalUI"]),
        .executableTarget(name: "FrivilligKillWriter", dependencies: ["FrivilligCore"]),
        .testTarget(name: "FrivilligCoreTests", dependencies: ["FrivilligCore"], exclude: ["Fixtures"]),
        .testTarget(name: "FrivilligExchangeTests", dependencies: ["FrivilligExchange", "FrivilligCore"], exclude: ["Fixtures"]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI"]),
        .testTarget(name: "CursesBackendTests", dependencies: ["CursesBackend", "CNCursesW", "TerminalUI"]),
        .testTarget(name: "FrivilligAppTests", dependencies: ["FrivilligApp", "FrivilligText", "FrivilligCore", "TerminalUI"], exclude: ["Golden"]),
        .testTarget(name: "CLITests", dependencies: ["frivillig", "FrivilligCore", "FrivilligKillWriter"]),
    ],
    swiftLanguageModes: [.v5]
)
