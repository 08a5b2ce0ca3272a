import ClaimGraph
import ClaimGraphCLI
import ClaimGraphFormatsTestSupport
import ClaimGraphTestSupport
import ClaimGraphYAML
import Foundation
import Testing

/// What an editor running `claimgraph lint` in CI or a pre-commit hook relies on.
@Suite struct LintEditorTests {
  static let uncited = LintFixture.clean(replacing: LintFixture.citations, with: "")

  /// A graph whose configuration names a baseline that knows its three findings.
  static func graphWithBaseline() throws -> TemporaryDirectory {
    let directory = try TemporaryDirectory("lint")
    try directory.write(Self.uncited, to: "Graph/g.yaml")
    try directory.write("baseline: baseline.json\n", to: ".claimgraph.yml")
    let writer = TestConsole()
    #expect(
      writer.run([
        "lint", directory.path + "/Graph", "--write-baseline", directory.path + "/baseline.json",
      ])
        == 0)
    return directory
  }

  @Test func noBaselineReportsEveryFinding() throws {
    let directory = try Self.graphWithBaseline()
    defer { directory.remove() }
    let graph = directory.path + "/Graph"
    let known = TestConsole()
    #expect(known.run(["lint", graph]) == 0)
    #expect(known.standardError == "No problems found (3 in the baseline).\n")
    let all = TestConsole()
    #expect(all.run(["lint", graph, "--no-baseline"]) == 1)
    #expect(all.standardError == "1 error and 2 warnings in 1 file.\n")
    let both = TestConsole()
    #expect(both.run(["lint", graph, "--no-baseline", "--baseline", "b.json"]) == 2)
    #expect(both.standardError.hasPrefix("Error: give either --baseline or --no-baseline"))
  }

  @Test func exitZeroPassesWithFindingsButNotWithUnreadableInput() throws {
    let directory = try TemporaryDirectory("lint")
    defer { directory.remove() }
    try directory.write(Self.uncited, to: "Graph/g.yaml")
    let graph = directory.path + "/Graph"
    let console = TestConsole()
    #expect(console.run(["lint", graph, "--exit-zero", "--strict"]) == 0)
    #expect(console.standardOutput.split(separator: "\n").count == 3)
    try directory.write("claims: [\n", to: "Graph/broken.yaml")
    #expect(TestConsole().run(["lint", graph, "--exit-zero"]) == 2)
  }

  /// A console that keeps both streams in one, in the order they were written (as a
  /// terminal shows them, or `2>&1`).
  final class InterleavedConsole: @unchecked Sendable {
    private let lock = NSLock()
    private var text = ""
    var output: String { lock.withLock { text } }
    var console: Console {
      Console(
        write: { text in self.lock.withLock { self.text += text } },
        writeError: { text in self.lock.withLock { self.text += "[stderr] " + text } },
        isTerminal: true, environment: ["NO_COLOR": "1"])
    }
  }

  @Test(arguments: ["text", "github"])
  func theSummaryComesAfterTheFindings(format: String) throws {
    let directory = try TemporaryDirectory("lint")
    defer { directory.remove() }
    try directory.write(Self.uncited, to: "Graph/g.yaml")
    let interleaved = InterleavedConsole()
    let status = Console.$current.withValue(interleaved.console) {
      ClaimGraphCommand.run(arguments: ["lint", directory.path + "/Graph", "--format", format])
    }
    #expect(status == 1)
    let lines = interleaved.output.split(separator: "\n")
    #expect(lines.count == 4)
    #expect(lines.last == "[stderr] 1 error and 2 warnings in 1 file.")
  }

  @Test func theBuiltToolWritesTheSummaryLastWithBothStreamsInOnePipe() throws {
    let directory = try TemporaryDirectory("lint")
    defer { directory.remove() }
    try directory.write(Self.uncited, to: "Graph/g.yaml")
    let result = try ExternalTool.run(BuiltExecutable.path, ["lint", directory.path + "/Graph"])
    let lines = result.output.split(separator: "\n")
    #expect(result.status == 1)
    #expect(lines.count == 4)
    #expect(lines.last == "1 error and 2 warnings in 1 file.")
  }

  @Test func aFixedFindingsBaselineEntryIsReportedAtItsLineAndPruned() throws {
    let directory = try Self.graphWithBaseline()
    defer { directory.remove() }
    let graph = directory.path + "/Graph"
    let baseline = directory.path + "/baseline.json"
    // The claim now cites a-2008: its uncited-claim and a-2008's unused-source are fixed.
    try directory.write(
      LintFixture.clean(replacing: LintFixture.citations, with: LintFixture.onlyA),
      to: "Graph/g.yaml")
    let console = TestConsole()
    #expect(console.run(["lint", graph]) == 0)
    #expect(
      console.standardOutput
        == "\(graph)/g.yaml:30:15: warning: established claim 'c' rests on a single source ('a-2008'), fewer than the 2 expected; cite more evidence or mark it uncertain [established-on-weak-evidence]\n"
        + "\(baseline):8:7: warning: the baseline entry for 'uncited-claim' on 'c' matches no finding any more; remove it with --prune-baseline [stale-baseline-entry]\n"
        + "\(baseline):16:7: warning: the baseline entry for 'unused-source' on 'a-2008' matches no finding any more; remove it with --prune-baseline [stale-baseline-entry]\n"
    )
    #expect(
      try directory.read("baseline.json").components(separatedBy: "\n")[7].contains(
        "\"fingerprint\""))

    let pruner = TestConsole()
    #expect(pruner.run(["lint", graph, "--prune-baseline"]) == 0)
    #expect(pruner.standardOutput.split(separator: "\n").count == 1)
    #expect(
      pruner.standardError
        == "Pruned 2 stale entries from the baseline \(baseline).\n"
        + "1 warning in 1 file (1 in the baseline).\n")
    let pruned = try Baseline(
      fileBytes: Array(try directory.read("baseline.json").utf8), file: "baseline.json")
    #expect(pruned.entries.map(\.node) == ["b-2010"])

    let again = TestConsole()
    #expect(again.run(["lint", graph, "--prune-baseline"]) == 0)
    #expect(again.standardError.hasPrefix("The baseline \(baseline) has no stale entries.\n"))
  }

  @Test func pruningNeedsABaseline() throws {
    let directory = try TemporaryDirectory("lint")
    defer { directory.remove() }
    try directory.write(LintFixture.clean, to: "Graph/g.yaml")
    let console = TestConsole()
    #expect(console.run(["lint", directory.path + "/Graph", "--prune-baseline"]) == 2)
    #expect(console.standardError.hasPrefix("error: there is no baseline to prune"))
  }

  @Test func staleEntriesCountWhatIsLeftOver() {
    let finding = Diagnostic(rule: "syntax", severity: .error, message: "bad", node: "n")
    var baseline = Baseline(findings: [finding, finding, finding])
    let (new, known, stale) = baseline.match([finding])
    #expect(new.isEmpty)
    #expect(known == [finding])
    #expect(stale.map(\.count) == [2])
    baseline = baseline.pruned(removing: stale)
    #expect(baseline.entries.map(\.count) == [1])
    #expect(baseline.match([finding]).stale.isEmpty)
  }

  @Test func theCommittedBaselineHasNoStaleEntries() throws {
    let result = runCommand(["lint", Fixture.articleGraph, "--format", "json"])
    #expect(result.status == 0)
    #expect(!result.stdout.contains("stale-baseline-entry"))
  }

  @Test func aSyntaxErrorInOneFileDoesNotCascadeIntoTheOthers() throws {
    let directory = try TemporaryDirectory("lint-cascade")
    defer { directory.remove() }
    let graph = directory.path + "/Graph"
    try FileManager.default.copyItem(atPath: Fixture.articleGraph, toPath: graph)
    let broken = graph + "/claims/08-state-of-science.yaml"
    try directory.write("claims:\n  - id: [broken\n", to: "Graph/claims/08-state-of-science.yaml")
    let result = runCommand(["lint", graph, "--no-baseline"])
    #expect(result.status == 2)
    #expect(
      result.stdout
        == "\(broken):3:1: error: invalid YAML: flow sequence without a closing bracket [syntax]\n"
    )
    #expect(
      result.stderr
        == "1 error in 1 file; the graph rules run once every file can be read.\n")
  }

  @Test func anUnusedSuppressionAfterARefusedOneIsReportedAtItsOwnLine() {
    let yaml = LintFixture.clean(
      replacing: "    about: [beta-endorphin]\n",
      with: """
            about: [beta-endorphin]
            suppress:
              - rule: uncited-claimz
              - rule: unused-source
                reason: kept for later

        """)
    #expect(
      LintFixture.lint(yaml).findings.map(\.description) == [
        "g.yaml:34:9: error: a suppression of 'c' is missing the required key 'reason' [missing-field]",
        "g.yaml:34:9: error: 'c' suppresses 'uncited-claimz', which is not a rule; did you mean 'uncited-claim'? [unknown-rule]",
        "g.yaml:35:9: warning: 'c' suppresses 'unused-source', which reports nothing for it; remove the suppression [unused-suppression]",
      ])
  }

  @Test func aSuppressionWithABlankReasonStillHasItsRuleChecked() {
    let yaml = LintFixture.clean(
      replacing: "    about: [beta-endorphin]\n",
      with:
        "    about: [beta-endorphin]\n    suppress:\n      - {rule: unused-sorce, reason: \" \"}\n")
    #expect(
      LintFixture.lint(yaml).findings.map(\.description) == [
        "g.yaml:34:9: error: 'c' suppresses 'unused-sorce', which is not a rule; did you mean 'unused-source'? [unknown-rule]",
        "g.yaml:34:38: error: a suppression needs a reason that reviewers can judge [invalid-value]",
      ])
  }

  @Test func theConfigurationAcceptsBooleansAndWarn() {
    let text = """
      strict: yes
      rules:
        unused-source: false
        orphan-entity: no
        uncited-claim: warn
        uncovered-sentence: true
        quote-ambiguous: {severity: Warning}
        unanchored-claim: maybe

      """
    let (configuration, diagnostics) = LintConfigurationFile.parse(
      Array(text.utf8), file: "c.yml", directory: "/")
    #expect(configuration.strict)
    #expect(
      configuration.rules == [
        "unused-source": .off, "orphan-entity": .off, "uncited-claim": .severity(.warning),
        "uncovered-sentence": .severity(.error), "quote-ambiguous": .severity(.warning),
      ])
    #expect(
      diagnostics.map(\.description) == [
        "c.yml:8:21: error: the severity of 'unanchored-claim' must be one of off, note, warning, error (or warn, true, false), found 'maybe' [invalid-value]"
      ])
  }

  // MARK: - Some files of a graph (pre-commit)

  @Test func lintingSomeFilesReportsOnlyTheFindingsInThem() throws {
    let file = Fixture.articleGraph + "/claims/03-mental-health.yaml"
    let whole = runCommand(["lint", Fixture.articleGraph, "--no-baseline"])
    let inFile = whole.stdout.split(separator: "\n").filter { $0.hasPrefix(file + ":") }
    #expect(inFile.count > 10)
    let some = runCommand(["lint", file, "--graph", Fixture.articleGraph, "--no-baseline"])
    #expect(some.status == 1)
    #expect(some.stdout.split(separator: "\n") == inFile)
    #expect(some.stderr.hasSuffix("in 1 file (1 suppressed).\n"))
    // With the baseline, the same files pass: their findings are all known.
    let known = runCommand(["lint", file, "--graph", Fixture.articleGraph])
    #expect(known.status == 0)
    #expect(known.stdout == "")
  }

  @Test func givenFilesAreLintedInTheWholeGraph() throws {
    // regions.yaml's entities are referred to only by claims in other files: linted
    // alone, it would be all orphans.
    let file = Fixture.articleGraph + "/entities/regions.yaml"
    let result = runCommand(["lint", file, "--graph", Fixture.articleGraph, "--no-baseline"])
    #expect(result.status == 0)
    #expect(result.stdout == "")
    #expect(result.stderr == "No problems found.\n")
  }

  @Test func theArticlesTextSelectsTheFindingsAboutQuotes() throws {
    let directory = try TemporaryDirectory("lint")
    defer { directory.remove() }
    try directory.write(
      LintFixture.anchored(
        replacing: "quote: \"Beta-endorphin binds receptors\"",
        with: "quote: \"Beta-endorphin blocks receptors\""),
      to: "Graph/g.yaml")
    try directory.write(LintFixture.article, to: "Graph/a.txt")
    try directory.write("sections: []\n", to: "Graph/other.yaml")
    let graph = directory.path + "/Graph"
    let other = TestConsole()
    #expect(other.run(["lint", graph + "/other.yaml", "--graph", graph]) == 0)
    #expect(other.standardOutput == "")
    let text = TestConsole()
    #expect(text.run(["lint", graph + "/a.txt", "--graph", graph]) == 1)
    #expect(
      text.standardOutput.split(separator: "\n").map { $0.split(separator: " ").last ?? "" }
        // The claim's sentence, its quote gone stale, is no longer covered either.
        == ["[uncovered-sentence]", "[quote-not-found]"])
  }

  @Test func aFileOutsideTheGraphIsAUsageError() throws {
    let directory = try TemporaryDirectory("lint")
    defer { directory.remove() }
    try directory.write(LintFixture.clean, to: "Graph/g.yaml")
    try directory.write(LintFixture.clean, to: "elsewhere.yaml")
    let console = TestConsole()
    #expect(
      console.run([
        "lint", directory.path + "/elsewhere.yaml", "--graph", directory.path + "/Graph",
      ])
        == 2)
    #expect(
      console.standardError
        == "error: '\(directory.path)/elsewhere.yaml' is not in the graph '\(directory.path)/Graph'; name the graph with --graph\n"
    )
    let missing = TestConsole()
    #expect(missing.run(["lint", "Graph/none.yaml"]) == 2)
    #expect(missing.standardError == "error: 'Graph/none.yaml' does not exist\n")
  }

  // MARK: - The committed editors' files, checked by real tools

  @Test(
    .requires(tools: "check-jsonschema"))
  func theWorkflowIsValidAndKeepsThePolicy() throws {
    let workflow = Fixture.packageRoot + "/.github/workflows/claims.yml"
    let schema = try ExternalTool.run(
      "check-jsonschema", ["--builtin-schema", "vendor.github-workflows", workflow])
    #expect(schema.status == 0, "\(schema.output)")
    let policy = try ExternalTool.run(
      "check-jsonschema",
      ["--schemafile", Fixture.path("CI/claims-workflow-policy.json"), workflow])
    #expect(policy.status == 0, "\(policy.output)")
  }

  @Test(
    .requires(tools: "check-jsonschema"))
  func thePolicyRefusesAWorkflowThatUploadsFromForks() throws {
    let directory = try TemporaryDirectory("workflow-policy")
    defer { directory.remove() }
    let original = try String(
      contentsOfFile: Fixture.packageRoot + "/.github/workflows/claims.yml", encoding: .utf8)
    let weakened = original.replacingOccurrences(
      of: "github.event.pull_request.head.repo.full_name == github.repository",
      with: "true")
    #expect(weakened != original)
    let file = try directory.write(weakened, to: "claims.yml")
    let result = try ExternalTool.run(
      "check-jsonschema", ["--schemafile", Fixture.path("CI/claims-workflow-policy.json"), file])
    #expect(result.status == 1)
    #expect(result.output.contains("github\\\\.event\\\\.pull_request"))
  }

  @Test(
    .requires(tools: "pre-commit"))
  func thePreCommitManifestIsValid() throws {
    let result = try ExternalTool.run(
      "pre-commit", ["validate-manifest", Fixture.packageRoot + "/.pre-commit-hooks.yaml"])
    #expect(result.status == 0, "\(result.output)")
  }

  @Test(
    .requires(tools: "pre-commit", "git"))
  func preCommitRunsTheHookOnTheChangedFilesOfTheGraph() throws {
    let directory = try TemporaryDirectory("pre-commit")
    defer { directory.remove() }
    try directory.write(Self.uncited, to: "Graph/g.yaml")
    try directory.write("sections: []\n", to: "Graph/h.yaml")
    // The manifest's hooks as a local repository, run by the built tool instead of a
    // fresh `swift build` of this package.
    let manifest = try String(
      contentsOfFile: Fixture.packageRoot + "/.pre-commit-hooks.yaml", encoding: .utf8)
    let hooks = manifest.split(separator: "\n", omittingEmptySubsequences: false)
      .map { line in
        "      "
          + line.replacingOccurrences(
            of: "entry: claimgraph", with: "entry: \(BuiltExecutable.path)"
          ).replacingOccurrences(of: "language: swift", with: "language: system")
      }
    try directory.write(
      "repos:\n  - repo: local\n    hooks:\n" + hooks.joined(separator: "\n") + "\n",
      to: ".pre-commit-config.yaml")
    let environment = ["PRE_COMMIT_HOME": directory.path + "/.cache", "NO_COLOR": "1"]
    for arguments in [["init", "-q"], ["add", "."]] {
      #expect(try ExternalTool.run("git", arguments, in: directory.path).status == 0)
    }
    let clean = try ExternalTool.run(
      "pre-commit", ["run", "claimgraph-lint", "--files", "Graph/h.yaml"], in: directory.path,
      environment: environment)
    #expect(clean.status == 0, "\(clean.output)")
    let dirty = try ExternalTool.run(
      "pre-commit", ["run", "claimgraph-lint", "--files", "Graph/g.yaml", "Graph/h.yaml"],
      in: directory.path, environment: environment)
    #expect(dirty.status == 1)
    #expect(
      dirty.output.contains(
        "Graph/g.yaml:28:5: error: claim 'c' has no citation that supports it (it cites nothing) [uncited-claim]"
      ))
    #expect(dirty.output.contains("1 error and 2 warnings in 1 file."))
  }

  // MARK: - The build prerequisites of every job that builds

  /// The apt packages Package.swift names as its system libraries' providers
  /// (`.apt(["libxml2-dev"])`, …).
  static func aptProviders() throws -> [String] {
    let manifest = try String(
      contentsOfFile: Fixture.packageRoot + "/Package.swift", encoding: .utf8)
    return manifest.matches(of: /\.apt\(\[([^\]]*)\]\)/).flatMap { providers in
      providers.1.matches(of: /"([^"]+)"/).map { String($0.1) }
    }
  }

  /// The packages `.ci/install-prerequisites` installs (its `packages=(…)` line).
  static func prerequisites() throws -> [String] {
    let script = try String(
      contentsOfFile: Fixture.packageRoot + "/.ci/install-prerequisites", encoding: .utf8)
    let line = try #require(script.firstMatch(of: /\npackages=\(([^)]*)\)/))
    return line.1.split(separator: " ").map(String.init)
  }

  /// A JSON Schema that a workflow or an action meets when every job (or the action) whose
  /// steps run `swift build` also installs `provider`: with `.ci/install-prerequisites`, or
  /// by naming it to `apt-get install`.
  static func prerequisiteSchema(_ provider: String) throws -> String {
    let installs: [String: Any] = [
      "contains": [
        "required": ["run"],
        "properties": [
          "run": ["pattern": "install-prerequisites|apt-get install.* \(provider)( |$)"]
        ],
      ]
    ]
    let builds: [String: Any] = [
      "required": ["steps"],
      "properties": [
        "steps": [
          "contains": ["required": ["run"], "properties": ["run": ["pattern": "swift build"]]]
        ]
      ],
    ]
    let job: [String: Any] = [
      "if": builds, "then": ["properties": ["steps": installs]],
    ]
    let schema: [String: Any] = [
      "$schema": "http://json-schema.org/draft-07/schema#",
      "properties": ["jobs": ["additionalProperties": job], "runs": job],
    ]
    let data = try JSONSerialization.data(withJSONObject: schema, options: [.sortedKeys])
    return String(decoding: data, as: UTF8.self)
  }

  @Test func thePrerequisiteScriptInstallsEverySystemLibraryProvider() throws {
    let providers = try Self.aptProviders()
    #expect(providers == ["libxml2-dev", "libfyaml-dev"])
    let prerequisites = try Self.prerequisites()
    #expect(Set(providers).isSubset(of: prerequisites), "\(prerequisites)")
    #expect(prerequisites.contains("pkg-config"))
  }

  @Test(
    .requires(tools: "check-jsonschema"))
  func everyJobThatBuildsInstallsEverySystemLibraryProvider() throws {
    let directory = try TemporaryDirectory("prerequisites")
    defer { directory.remove() }
    let providers = try Self.aptProviders()
    var schemas: [String: String] = [:]
    for provider in providers {
      schemas[provider] = try directory.write(
        try Self.prerequisiteSchema(provider), to: "\(provider).json")
    }
    let workflows = try FileManager.default.contentsOfDirectory(
      atPath: Fixture.packageRoot + "/.github/workflows"
    ).filter { $0.hasSuffix(".yml") || $0.hasSuffix(".yaml") }.map {
      Fixture.packageRoot + "/.github/workflows/" + $0
    }
    #expect(!workflows.isEmpty)
    for file in workflows + [Fixture.packageRoot + "/action.yml"] {
      for provider in providers {
        let result = try ExternalTool.run(
          "check-jsonschema", ["--schemafile", schemas[provider]!, file])
        #expect(result.status == 0, "\(file) \(provider): \(result.output)")
      }
    }
    // The workflow as it was before the prerequisites had one place: it installed
    // libxml2-dev and pkg-config, not libfyaml-dev, and could not build.
    let original = try String(
      contentsOfFile: Fixture.packageRoot + "/.github/workflows/claims.yml", encoding: .utf8)
    let old = original.replacingOccurrences(
      of: "run: bash .ci/install-prerequisites",
      with: "run: apt-get update -qq && apt-get install -y -qq libxml2-dev pkg-config")
    #expect(old != original)
    let file = try directory.write(old, to: "claims.yml")
    let libxml2 = try ExternalTool.run(
      "check-jsonschema", ["--schemafile", schemas["libxml2-dev"]!, file])
    #expect(libxml2.status == 0, "\(libxml2.output)")
    let libfyaml = try ExternalTool.run(
      "check-jsonschema", ["--schemafile", schemas["libfyaml-dev"]!, file])
    #expect(libfyaml.status == 1)
    // Both jobs that build are named.
    #expect(libfyaml.output.contains("$.jobs.lint.steps: None of"), "\(libfyaml.output)")
    #expect(libfyaml.output.contains("$.jobs['code-scanning'].steps: None of"))
  }

  @Test(
    .requires(tools: "check-jsonschema"))
  func theActionIsValid() throws {
    let result = try ExternalTool.run(
      "check-jsonschema",
      ["--builtin-schema", "vendor.github-actions", Fixture.packageRoot + "/action.yml"])
    #expect(result.status == 0, "\(result.output)")
  }

  /// The README's workflow for an editor's own repository: at most 10 lines, a valid
  /// workflow, using this repository's action.
  @Test(
    .requires(tools: "check-jsonschema"))
  func theReadmesWorkflowForAnotherRepositoryIsValid() throws {
    let readme = try String(contentsOfFile: Fixture.packageRoot + "/README.md", encoding: .utf8)
    let section = try #require(readme.firstRange(of: "**In your own repository.**"))
    let block = try #require(
      readme[section.upperBound...].firstMatch(of: /```yaml\n(.*?)```/.dotMatchesNewlines()))
    let workflow = String(block.1)
    #expect(workflow.split(separator: "\n").count <= 10, "\(workflow)")
    #expect(workflow.contains("/claimgraph@"))
    let directory = try TemporaryDirectory("readme-workflow")
    defer { directory.remove() }
    let file = try directory.write(workflow, to: "claims.yml")
    let result = try ExternalTool.run(
      "check-jsonschema", ["--builtin-schema", "vendor.github-workflows", file])
    #expect(result.status == 0, "\(result.output)")
  }

  @Test(
    .requires(tools: "pre-commit", "git"))
  func theSystemHooksRunAnInstalledClaimgraphWithoutBuilding() throws {
    let directory = try TemporaryDirectory("pre-commit-system")
    defer { directory.remove() }
    try directory.write(Self.uncited, to: "Graph/g.yaml")
    try directory.write("sections: []\n", to: "Graph/h.yaml")
    for arguments in [["init", "-q"], ["add", "."]] {
      #expect(try ExternalTool.run("git", arguments, in: directory.path).status == 0)
    }
    // This repository's hooks as pre-commit fetches them (its working tree, through
    // try-repo), with the built claimgraph on PATH standing for an installed one.
    let path = [
      URL(fileURLWithPath: BuiltExecutable.path).deletingLastPathComponent().path,
      ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
    ].joined(separator: ":")
    let environment = [
      "PRE_COMMIT_HOME": directory.path + "/.cache", "NO_COLOR": "1", "PATH": path,
    ]
    func run(_ hook: String, _ files: [String]) throws -> (status: Int32, output: String) {
      try ExternalTool.run(
        "pre-commit", ["try-repo", Fixture.packageRoot, hook, "--files"] + files,
        in: directory.path, environment: environment)
    }
    let clean = try run("claimgraph-lint-system", ["Graph/h.yaml"])
    #expect(clean.status == 0, "\(clean.output)")
    let dirty = try run("claimgraph-lint-system", ["Graph/g.yaml", "Graph/h.yaml"])
    #expect(dirty.status == 1)
    #expect(
      dirty.output.contains(
        "Graph/g.yaml:28:5: error: claim 'c' has no citation that supports it (it cites nothing) [uncited-claim]"
      ), "\(dirty.output)")
    let whole = try run("claimgraph-lint-graph-system", ["Graph/h.yaml"])
    #expect(whole.status == 1)
    #expect(whole.output.contains("1 error and 2 warnings in 1 file."), "\(whole.output)")
    // Nothing was built: pre-commit made no Swift environment.
    let cache =
      (try? FileManager.default.contentsOfDirectory(atPath: directory.path + "/.cache"))
      ?? []
    #expect(!cache.contains { $0.hasPrefix("swift") }, "\(cache)")
  }
}
