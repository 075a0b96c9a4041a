extension DemoGenerator {
    /// Towns, streets and workplaces for a demo register, from the municipalities the
    /// source documents come from and a few with Danish letters in their names.
    enum Places {
        static let towns = [
            "8900 Randers C", "4640 Faxe", "9800 Hjørring", "9900 Frederikshavn", "2840 Holte",
            "3460 Birkerød", "5970 Ærøskøbing", "4600 Køge", "4700 Næstved", "9300 Sæby",
            "9990 Skagen", "9700 Brønderslev", "2970 Hørsholm", "8000 Aarhus C", "5000 Odense C",
            "7100 Vejle", "6400 Sønderborg", "8600 Silkeborg", "4800 Nykøbing F", "3700 Rønne",
        ]

        static let streets = [
            "Vestergade", "Østergade", "Nørregade", "Søndergade", "Storegade", "Kirkevej", "Skolevej",
            "Møllevej", "Åbrinken", "Bøgevej", "Egevej", "Lærkevej", "Rosenvænget", "Strandvejen",
            "Havnegade", "Bakkedraget", "Engtoften", "Præstegårdsvej", "Sønderport", "Fælledvej",
        ]

        static let floors = ["", "", "", ", st. tv.", ", 1. th.", ", 2. tv.", ", 3. mf."]

        /// A kind of workplace: how its name is built around a place name, and its field of work.
        struct Kind {
            let prefix: String
            let suffix: String
            let area: String
            let roles: [String]
        }

        static let kinds = [
            Kind(prefix: "Plejecenter ", suffix: "", area: "ældre",
                 roles: ["centerleder", "sygeplejerske", "social- og sundhedsassistent", "aktivitetsmedarbejder"]),
            Kind(prefix: "Børnehaven ", suffix: "", area: "børn", roles: ["leder", "pædagog"]),
            Kind(prefix: "Bibliotek ", suffix: "", area: "kultur", roles: ["bibliotekar", "leder"]),
            Kind(prefix: "Bostedet ", suffix: "", area: "handicap", roles: ["forstander", "pædagog", "ergoterapeut"]),
            Kind(prefix: "Dagcenter ", suffix: "", area: "ældre", roles: ["leder", "aktivitetsmedarbejder"]),
            Kind(prefix: "", suffix: " Skole", area: "børn", roles: ["skoleleder", "lærer", "SFO-leder"]),
            Kind(prefix: "Kulturhuset ", suffix: "", area: "kultur", roles: ["kulturmedarbejder", "husleder"]),
            Kind(prefix: "Aktivitetscenter ", suffix: "", area: "ældre", roles: ["leder", "frivilligkoordinator"]),
            Kind(prefix: "Fritidsklubben ", suffix: "", area: "børn", roles: ["klubleder", "pædagog"]),
            Kind(prefix: "Botilbud ", suffix: "", area: "handicap", roles: ["afdelingsleder", "pædagog"]),
        ]

        static let placeNames = [
            "Solgården", "Lærkebo", "Bøgehøj", "Kastanjehaven", "Åbo", "Egebakken", "Rosengården",
            "Fyrrehøj", "Møllehuset", "Engbo", "Skovly", "Havblik", "Nørrevang", "Vesterled",
            "Kildebakken", "Strandgården", "Ådalen", "Birkely", "Toftegården", "Søbredden",
            "Æblehaven", "Østbyen", "Lindehøj", "Hybenhaven", "Græshoppen", "Mælkebøtten",
        ]

        static let guidelines: [String: String] = [
            "ældre": "Frivillige melder sig hos vagthavende og deltager ikke i pleje eller medicinering.",
            "børn": "Frivillige er aldrig alene med et barn; børneattest indhentes før start.",
            "handicap": "Aftal aktiviteter med kontaktpædagogen; tavshedspligt gælder også efter ophør.",
            "kultur": "Frivillige hjælper ved arrangementer og formidling, ikke ved udlån og betaling.",
        ]
    }
}
