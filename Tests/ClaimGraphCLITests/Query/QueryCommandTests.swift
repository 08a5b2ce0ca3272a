import ClaimGraphCLI
import ClaimGraphFormatsTestSupport
import Foundation
import Synchronization
import Testing

/// Runs `claimgraph` in-process on the query fixture and captures what it prints.
private func run(_ arguments: [String]) -> (status: Int32, output: String, errors: String) {
  let output = Mutex("")
  let errors = Mutex("")
  let console = Console(
    write: { text in output.withLock { $0 += text } },
    writeError: { text in errors.withLock { $0 += text } }, isTerminal: false, environment: [:])
  let status = Console.$current.withValue(console) {
    ClaimGraphCommand.run(arguments: arguments + ["--graph", QueryFixture.directory])
  }
  return (status, output.withLock { $0 }, errors.withLock { $0 })
}

@Suite struct QueryCommandTests {
  @Test func jsonFollowsTheContract() {
    let result = run(["query", "region:pag", "--format", "json"])
    #expect(result.status == 0)
    #expect(
      result.output == """
        {
          "claims": [
            {
              "id": "mor-in-pag",
              "statement": "Mu-opioid receptors are dense in the periaqueductal gray.",
              "strength": "established",
              "article": "fixture",
              "section": "basics",
              "about": [
                "mu-opioid-receptor",
                "periaqueductal-gray"
              ],
              "citations": [
                {
                  "source": "rodent-studies",
                  "label": "Rodent studies of opioid receptors in the midbrain",
                  "listed": false,
                  "methods": [
                    "animal-model"
                  ],
                  "stance": "supports"
                }
              ],
              "evidence": []
            }
          ]
        }

        """)
  }

  @Test func severalArgumentsAndNegationFormOneQuery() {
    let result = run(["query", "strength:uncertain", "-condition:ptsd", "--format", "csv"])
    #expect(result.status == 0)
    #expect(
      result.output
        == "id,statement,strength,section,about,sources,methods\r\n"
        + "exercise-treats-depression,\"Exercise may ease depression | a \"\"natural\"\" "
        + "treatment.\",uncertain,clinical,exercise;depression,meta-2019;boecker-2008,fmri\r\n")
  }

  @Test func malformedQueryPointsAtTheColumnAndExitsWith2() {
    let result = run(["query", "strength:established OR (method:pet"])
    #expect(result.status == 2)
    #expect(result.output.isEmpty)
    #expect(
      result.errors == """
        query:1:25: error: unbalanced parenthesis: this '(' is never closed
          strength:established OR (method:pet
                                  ^

        """)
  }

  @Test func namesThatMatchNothingAreErrorsWithASuggestion() {
    let result = run(["query", "method:pte"])
    #expect(result.status == 2)
    #expect(result.output == "")
    #expect(
      result.errors == """
        query:1:8: error: no method is named 'pte'; did you mean 'pet'?
          method:pte
                 ^

        """)
  }

  @Test func showUnknownIDSuggestsAndExitsWith2() {
    let result = run(["show", "be-binds-mr"])
    #expect(result.status == 2)
    #expect(
      result.errors
        == "error: no node or section is named 'be-binds-mr'; did you mean 'be-binds-mor'?\n"
    )
  }

  @Test func showEntityGroupsClaimsByStrength() {
    let result = run(["show", "PTSD"])
    #expect(result.status == 0)
    #expect(
      result.output == """
        condition ptsd
          Post-traumatic stress disorder
        aliases: PTSD
        established claims: 0
        uncertain claims: 2
          - amygdala-activity-ptsd: Opioid signalling in the amygdala may differ in PTSD.
          - ptsd-opioid-dysregulation: Trauma may dysregulate the endorphin system in PTSD.
        refuted claims: 0

        """)
  }

  @Test func showSourceListsHowClaimsCiteIt() {
    let result = run(["show", "kennedy-2006"])
    #expect(result.status == 0)
    #expect(
      result.output.hasSuffix(
        """
        listed: yes
        cited by: 3 citations
          - amygdala-activity-ptsd [uncertain] (supports, pet)
          - be-release-seen-with-pet [established] (supports, pet)
          - mor-low-in-depression [established] (supports, pet)

        """))
  }

  @Test func pathResolvesNamesAndRanksPathsByStrengthAndCitation() {
    let result = run(["path", "Exercise", "depression", "--max", "2"])
    #expect(result.status == 0)
    #expect(
      result.output == """
        Exercise {exercise, intervention} → Depression {depression, condition}: 2 paths

        1. uncertain, every claim cited, 1 step
           Exercise {exercise, intervention}
             — exercise-treats-depression [uncertain, cited]: Exercise may ease depression | a "natural" treatment.
           Depression {depression, condition}

        2. established, every claim cited, 3 steps
           Exercise {exercise, intervention}
             — exercise-releases-be [established, cited]: Running for two hours releases endorphins, as PET shows.
               also: runners-high-is-only-endorphins
           Beta-endorphin {beta-endorphin, molecule}
             — be-binds-mor [established, cited] (beta-endorphin —binds→ mu-opioid-receptor): Beta-endorphin acts mainly through mu-opioid receptors.
           Mu-opioid receptor {mu-opioid-receptor, receptor}
             — mor-low-in-depression [established, cited]: Mu-opioid receptor availability is lower in depression, notably in the amygdala.
           Depression {depression, condition}

        """)
    let unknown = run(["path", "exercize", "depression"])
    #expect(unknown.status == 2)
    #expect(
      unknown.errors == "error: no entity or source is named 'exercize'; did you mean 'exercise'?\n"
    )
  }
}
