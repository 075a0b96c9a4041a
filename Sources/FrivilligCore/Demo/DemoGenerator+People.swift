extension DemoGenerator {
    /// Words for the people in a demo register, chosen so that the Danish letters, a
    /// hyphenated name, accents and non-Latin script all turn up in lists and searches.
    enum People {
        static let firstNames = [
            "Søren", "Åse", "Ægir", "Bjørn", "Jørgen", "Mette", "Kirsten", "Bent", "Lærke", "Jens",
            "Hanne", "Birthe", "Poul", "Inge", "Lars", "Karen", "Niels", "Grethe", "Henrik", "Susanne",
            "Ole", "Lene", "Per", "Anne", "Mads", "Sofie", "Freja", "Emil", "Ida", "Asger",
            "Jytte", "Bodil", "Ebbe", "Knud", "Kåre", "Tove", "Else", "Gunhild", "Helle", "Torben",
            "Preben", "Erik", "Maja", "Signe", "Frederik", "Rasmus", "Mikkel", "Øjvind", "Åge", "Jørn",
            "Bøje", "Sørine", "Ann-Sofie", "Karl-Åge", "Marianne", "Dorthe", "Vibeke", "Finn", "Gitte", "Aksel",
            "Fatima", "Mohammed", "Aisha", "Olena", "Piotr", "Agnieszka", "José", "Zoë", "Chloé", "Björn",
            "Ingrid", "Astrid", "Sven", "Nanna", "Valdemar", "Thyra", "Holger", "Ragnhild", "Esben", "Cecilie",
        ]

        /// Family names used as middle names, which Danes of any gender carry.
        static let middleNames = [
            "Holm", "Skov", "Bach", "Juul", "Vang", "Bøgh", "Krogh", "Damsgaard", "Lykke", "Dal",
            "Lund", "Kjær", "Bæk", "Ravn", "Høj",
        ]

        static let surnames = [
            "Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
            "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Christiansen",
            "Poulsen", "Johansen", "Møller", "Mortensen", "Østergaard", "Mølgaard", "Kjær", "Bæk",
            "Lund", "Holm", "Dahl", "Søgaard", "Brøndum", "Frandsen", "Thygesen", "Nørgaard",
            "Vestergaard", "Bech", "Damgaard", "Skovgaard", "Aagaard", "Åberg", "Ibsen", "Friis",
            "Hvid", "Kähler", "Nowak", "Kowalski", "Hussein", "Ali", "Yilmaz", "Müller", "Nguyen", "García",
        ]

        /// Whole names in scripts without a Danish spelling, with the e-mail name their owners use.
        static let foreignWholeNames: [(name: String, emailName: String)] = [
            ("山田太郎", "yamada.taro"),
            ("王芳", "wang.fang"),
        ]

        /// The first volunteers of every demo, so that even a tiny register shows Danish
        /// letters, accents and a CJK name in sorting and search.
        static let showcase = [
            "Søren Østergaard", "Åse Bæk", "Ægir Mølgaard", "Bjørn Kjær", "Lærke Sørensen", "山田太郎",
            "Zoë Jørgensen",
        ]

        /// Relations that fit any first name, since the name lists do not record gender.
        static let familyRelations = [
            "barn", "ægtefælle", "søskende", "forælder", "barnebarn", "partner", "svigerbarn",
        ]
        static let otherRelations = ["nabo", "ven", "kollega"]

        static let skills = [
            "højtlæsning", "gåture", "kørsel", "madlavning", "IT-hjælp", "besøgsven", "havearbejde",
            "musik", "strikning", "lektiehjælp", "sang", "banko", "cykling uden alder", "kortspil",
            "sprogcafé", "regnskab", "træning", "fotografering", "bagning", "førstehjælp",
        ]

        static let interests = [
            "natur", "lokalhistorie", "fodbold", "læsning", "film", "kunst", "fuglekigning", "sejlads",
            "dans", "teater", "havebrug", "motion", "musik", "madlavning", "rejser",
        ]

        static let tags = [
            "kørekort", "nøgleperson", "taler engelsk", "ny", "mentor", "tolk", "kan køre bus",
        ]

        static let availabilityNotes = [
            "ikke i skoleferier", "helst formiddag", "kun lige uger", "ring dagen før", "ikke i juli",
        ]

        static let volunteerNotes = [
            "Foretrækker sms frem for opkald.", "Allergisk over for katte.", "Har egen bil.",
            "Går på pension til sommer.", "Kan ikke gå på trapper.",
        ]

        static let associations = [
            "Ældre Sagen", "Røde Kors", "DGI", "Frivilligcenter Randers", "Dansk Folkehjælp",
            "Kirkens Korshær", "Red Barnet", "Lions Club", "Alzheimerforeningen", "Ventilen",
        ]
        static let networks = [
            "Besøgsvennenetværket", "Spisevenner", "Cykling uden alder", "Lektiecaféen", "Strikkenetværket",
        ]
        static let associationRoles = ["formand", "kontaktperson", "frivilligkoordinator", "næstformand"]

        static let emailDomains = ["example.dk", "example.com", "post.example.dk"]
        static let staffEmailDomain = "kommune.example.dk"
    }
}
