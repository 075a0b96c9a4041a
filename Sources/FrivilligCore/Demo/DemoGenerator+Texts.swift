extension DemoGenerator {
    /// What agreements and recognition events say in a demo register.
    enum Texts {
        static let allowedTasks: [String: String] = [
            "ældre": "Besøg, gåture, højtlæsning og hjælp ved arrangementer.",
            "børn": "Lektiehjælp, højtlæsning og aktiviteter sammen med personalet.",
            "handicap": "Ture ud af huset, spil og hobbyaktiviteter i fællesrummet.",
            "kultur": "Formidling, sprogcafé og hjælp ved arrangementer.",
        ]

        static let forbiddenTasks: [String: String] = [
            "ældre": "Personlig pleje, medicin og forflytninger.",
            "børn": "At være alene med et barn, bleskift og trøst uden personale til stede.",
            "handicap": "Medicin, magtanvendelse og håndtering af beboernes penge.",
            "kultur": "Udlån, betaling og myndighedsopgaver.",
        ]

        static let expenses = [
            "", "", "Kørsel efter statens laveste takst.", "Materialer efter aftale.", "Forplejning ved arrangementer.",
        ]

        static let certificateNote = "ingen anmærkninger"

        static let eventTitles: [EventKind: [String]] = [
            .gathering: ["Sommerfest for frivillige", "Nytårskur", "Fællesspisning i Kulturhuset", "Grill i haven"],
            .excursion: ["Sommerudflugt til Skagen", "Bustur til Ærø", "Udflugt til Den Gamle By", "Tur til Møns Klint"],
            .thanks: ["Blomster som tak for indsatsen", "Tak for en god sæson", "Gavekort som tak"],
            .anniversary: ["Jubilæumsreception", "Fejring af frivillige med jubilæum"],
            .award: ["Årets frivillige", "Frivilligprisen"],
            .volunteerFriday: ["Frivilligfredag", "Frivillig Fredag på rådhuset"],
            .themeDay: ["Temadag om tavshedspligt", "Temadag om underretningspligt", "Temadag om demens"],
            .statusMeeting: ["Statusmøde med frivillige og personale", "Dialogmøde med politikerne"],
            .other: ["Kaffe og kage", "Førstehjælpskursus for frivillige"],
        ]

        /// The gathering everyone expects in December.
        static let christmasTitle = "Julefrokost"

        static let giftValues = ["100 kr.", "150 kr.", "250 kr."]
    }
}
