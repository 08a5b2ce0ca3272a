/// The sentence rules' article and the YAML graphs that quote it.
package enum SentenceFixture {
  /// The article every case quotes (`a.txt`).
  package static let article = """
    A
    S
    Beta-endorphin may bind receptors in the gut.
    In May 2019 beta-endorphin was measured in runners.
    Beta-endorphin is not likely to cross the barrier.
    Some think the effect may be small, but beta-endorphin binds receptors.
    Beta-endorphin release has been consistently confirmed in runners.
    Beta-endorphin is more complex than the popular story suggests.
    Research suggests that beta-endorphin eases pain.
    Beta-endorphin dulls pain. A PET study by Author A found this.
    Beta-endorphin lifts mood. A later PET study by Author A found lower pain.
    Beta-endorphin analgesia is blocked by naloxone.
    Beta-endorphin is released by laughter, as has been observed.
    Critics call the slogan "endorphins might cure everything" false.
    Myths
    Beta-endorphin makes you high.
    It is a myth that "beta-endorphin is addictive".

    """

  /// A graph of the article with these claims (and extra sources).
  package static func graph(_ claims: String, sources: String = "", methods: String = "") -> String
  {
    """
    article:
      id: a
      title: A
      text: a.txt
    sections:
      - id: s
        title: S
      - id: myths
        title: Myths
    methods:
      - id: pet
        name: Positron emission tomography
        aliases: [PET]
      - id: naloxone-blockade
        name: Naloxone blockade
        aliases: [naloxone]
    \(methods)molecules:
      - id: beta-endorphin
        name: Beta-endorphin
    sources:
      - id: a-2008
        type: primary_research
        title: Study A
        authors: [Author A]
        year: 2008
        doi: 10.1000/a
        methods: [pet]
    \(sources)claims:
    \(claims)
    """
  }

  /// One claim in section `s` quoting `quote`, with extra lines (citations …).
  package static func claim(
    _ quote: String, strength: String = "established", section: String = "s", _ extra: String = ""
  ) -> String {
    graph(
      """
        - id: c
          statement: Beta-endorphin does something.
          strength: \(strength)
          section: \(section)
          quote: '\(quote)'
          about: [beta-endorphin]
      \(extra)
      """)
  }

  package static let citesA = """
        citations:
          - source: a-2008
            methods: [pet]
            quote: "A later PET study by Author A found lower pain"
    """

  package static func unlisted(type: String, mentionedAs: String) -> String {
    """
      - id: u
        type: \(type)
        title: Some research
        listed: false
        mentioned_as: "\(mentionedAs)"

    """
  }

  package static let citesU = """
        citations:
          - source: u
            methods: []
            quote: "Research suggests"
    """
}
