import ArgumentParser
import ClaimGraph
import ClaimGraphBenchmarks
import Foundation

/// `claimgraph-bench`: generates synthetic catalogues and measures every stage on them, beside
/// NetworkX and python-igraph, writing `BENCHMARKS.md`.
@main
struct BenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "claimgraph-bench",
    abstract: "Measure ClaimGraph on synthetic catalogues, beside NetworkX and python-igraph.",
    discussion: "Run a release build: swift run -c release claimgraph-bench")

  @Option(help: "Catalogue sizes in claims, comma-separated (1k, 10k, 100k, 1M).")
  var sizes = "1k,10k,100k"

  @Option(help: "Where to write the Markdown report.")
  var output = "BENCHMARKS.md"

  @Option(help: "The generator's seed.")
  var seed: UInt64 = 1

  @Option(help: "Runs per stage for sizes up to 100k (the median is kept); 1 above that.")
  var runs = 3

  @Option(help: "The Python interpreter for the NetworkX and igraph comparison.")
  var python = "python3"

  @Flag(help: "Skip the NetworkX and igraph comparison.")
  var skipPython = false

  @Option(
    help: ArgumentHelp(
      "Only these stages, by id, comma-separated (load,lint,anchor…; every stage by default). "
        + "The floors they are measured against run too; the Python comparison is skipped.",
      valueName: "ids"))
  var stages: String?

  @Option(
    help: ArgumentHelp(
      "For sizes above 100k only: these stages instead (as --stages), so that one run can "
        + "measure every stage up to 100k and the largest sizes' load and lint.",
      valueName: "ids"))
  var largeStages: String?

  @Option(help: "Runs of `claimgraph lint Graph` for the CI latency (0 to skip).")
  var ciRuns = 50

  @Option(help: "Keep the generated catalogues in this folder instead of a temporary one.")
  var keep: String?

  @Option(
    help: ArgumentHelp(
      "Only write the catalogue of the one size given by --sizes into this folder, and "
        + "exit (for measuring other tools on it, such as .ci/spark.py).",
      valueName: "directory"))
  var generate: String?

  @Option(help: .hidden) var stage: String?
  @Option(help: .hidden) var graph: String?
  @Option(help: .hidden) var work: String?

  func run() throws {
    if let stage {
      guard let found = StageRegistry.stage(stage), let graph, let work else {
        throw ValidationError("unknown stage '\(stage)', or --graph/--work missing")
      }
      try StageRunner.runInThisProcess(found, graphDirectory: graph, workDirectory: work)
      return
    }
    let claimCounts = try sizes.split(separator: ",").map(Self.parseSize)
    if let generate {
      guard claimCounts.count == 1 else {
        throw ValidationError("--generate writes one size; give --sizes one value")
      }
      let catalogue = SyntheticCatalogue(claims: claimCounts[0], seed: seed)
      let bytes = try write(catalogue, to: generate)
      print(
        "wrote \(catalogue.fileCount) files (\(bytes.yaml) bytes of YAML, \(bytes.text) of "
          + "article text) into \(generate)")
      return
    }
    let root = keep ?? NSTemporaryDirectory() + "claimgraph-bench-\(getpid())"
    defer { if keep == nil { try? FileManager.default.removeItem(atPath: root) } }
    var results: [SizeResult] = []
    for claims in claimCounts {
      results.append(try measure(claims: claims, in: root + "/\(BenchmarkReport.count(claims))"))
    }
    let latency = ciRuns > 0 ? Result { try measureLatency() } : nil
    let report = BenchmarkReport(
      machine: .current, date: Self.today,
      command: "swift run -c release claimgraph-bench --sizes \(sizes)"
        + (runs == 3 ? "" : " --runs \(runs)") + (stages.map { " --stages \($0)" } ?? "")
        + (largeStages.map { " --large-stages \($0)" } ?? ""),
      sizes: results,
      latency: latency.map { $0.mapError { $0 as? BenchmarkError ?? BenchmarkError("\($0)") } })
    try report.markdown.write(toFile: output, atomically: true, encoding: .utf8)
    print("wrote \(output)")
  }

  // MARK: - One size

  private func measure(claims: Int, in folder: String) throws -> SizeResult {
    let graphDirectory = folder + "/graph"
    let workDirectory = folder + "/work"
    log("\(claims) claims: generating into \(graphDirectory)")
    let start = ContinuousClock.now
    let catalogue = SyntheticCatalogue(claims: claims, seed: seed)
    let bytes = try write(catalogue, to: graphDirectory)
    try FileManager.default.createDirectory(
      atPath: workDirectory, withIntermediateDirectories: true)
    var result = SizeResult(
      claims: claims, articles: catalogue.shape.articles, files: catalogue.fileCount,
      yamlBytes: bytes.yaml, textBytes: bytes.text, planted: catalogue.planted,
      generationSeconds: (ContinuousClock.now - start).seconds,
      runsPerStage: claims > 100_000 ? 1 : runs)

    let selection = claims > 100_000 ? largeStages ?? stages : stages
    let selected = try selectedStages(selection)
    var runners: [BenchmarkStage.Corpus: StageRunner] = [:]
    for (corpus, subfolder, quoted) in [
      (BenchmarkStage.Corpus.anchoredArticle, "/anchored", true),
      (.unquotedArticle, "/unquoted", false),
    ] where selected.contains(where: { $0.corpus == corpus }) {
      log("\(claims) claims: the long article, \(quoted ? "with" : "without") quotes")
      let article = SyntheticArticle(sentences: claims, seed: seed, quoted: quoted)
      try write(article.files, to: folder + subfolder)
      runners[corpus] = StageRunner(
        executable: Self.executable, graphDirectory: folder + subfolder,
        workDirectory: workDirectory)
    }
    let runner = StageRunner(
      executable: Self.executable, graphDirectory: graphDirectory, workDirectory: workDirectory)
    runners[.catalogue] = runner
    for stage in selected {
      if let pending = stage.pending {
        result.stages.append((stage, .pending(pending)))
        continue
      }
      log("\(claims) claims: \(stage.id)")
      do {
        result.stages.append(
          (stage, .measured(try runners[stage.corpus]!.measure(stage, runs: result.runsPerStage))))
      } catch {
        result.stages.append((stage, .failed("\(error)")))
      }
    }
    if !skipPython, selection == nil {
      result.python = comparePython(runner: runner, workDirectory: workDirectory, claims: claims)
    }
    return result
  }

  /// The stages to run, in registry order: every one, or those a selection (`--stages`,
  /// `--large-stages`) names and the floors they are measured against.
  private func selectedStages(_ selection: String?) throws -> [BenchmarkStage] {
    let all = StageRegistry.all + AnchoringStages.all
    guard let stages = selection else { return all }
    let named = Set(stages.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
    if let unknown = named.first(where: { id in !all.contains { $0.id == id } }) {
      throw ValidationError(
        "unknown stage '\(unknown)'; the stages are "
          + all.map(\.id).joined(separator: ", "))
    }
    let floors = Set(all.filter { named.contains($0.id) }.compactMap(\.floor))
    return all.filter { named.contains($0.id) || floors.contains($0.id) }
  }

  /// Writes files (paths relative to `directory`, which is replaced).
  private func write(_ files: [(path: String, text: String)], to directory: String) throws {
    let manager = FileManager.default
    try? manager.removeItem(atPath: directory)
    for file in files {
      let url = URL(fileURLWithPath: directory + "/" + file.path)
      try manager.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(file.text.utf8).write(to: url)
    }
  }

  /// Writes every file of the catalogue, in parallel; returns the bytes of YAML and of
  /// article text written.
  private func write(_ catalogue: SyntheticCatalogue, to directory: String) throws -> (
    yaml: Int, text: Int
  ) {
    let manager = FileManager.default
    try? manager.removeItem(atPath: directory)
    // Each file's size, or nil when writing it failed.
    let sizes = ParallelMap.map(Array(0..<catalogue.fileCount)) { index -> Int? in
      let file = catalogue.file(index)
      let data = Data(file.text.utf8)
      let url = URL(fileURLWithPath: directory + "/" + file.path)
      do {
        try FileManager.default.createDirectory(
          at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
        return data.count
      } catch {
        return nil
      }
    }
    guard !sizes.contains(nil) else {
      throw BenchmarkError("cannot write the catalogue into \(directory)")
    }
    var bytes = (yaml: 0, text: 0)
    for (index, size) in sizes.enumerated() {
      if catalogue.isText(index) { bytes.text += size ?? 0 } else { bytes.yaml += size ?? 0 }
    }
    return bytes
  }

  private func comparePython(runner: StageRunner, workDirectory: String, claims: Int)
    -> [(PythonOperation, SizeResult.Outcome)]
  {
    let comparison = PythonComparison(
      python: python, script: Self.packageRoot + "/Benchmarks/compare_python.py")
    let interchange: String
    do {
      log("\(claims) claims: node-link JSON for Python")
      _ = try runner.measure(StageRegistry.interchange, runs: 1)
      interchange = workDirectory + "/interchange.json"
    } catch {
      return PythonOperation.allCases.map { ($0, .failed("\(error)")) }
    }
    let ourGraphML = workDirectory + "/graph.graphml"
    let graphML = FileManager.default.fileExists(atPath: ourGraphML) ? ourGraphML : nil
    // NetworkX keeps every attribute of every element as Python objects: at 100k claims
    // its GraphML and GEXF runs peaked at 2.2–2.5 GiB, so at 1M claims it would need about
    // 25 GiB, more memory than a machine like this one has.
    let networkXFits = claims <= 100_000
    let missing = [
      true: networkXFits
        ? comparison.unavailability(networkX: true)
        : "skipped above 100k claims: NetworkX would need about 25 GiB here",
      false: comparison.unavailability(networkX: false),
    ]
    return PythonOperation.allCases.map { operation in
      if let reason = missing[operation.isNetworkX]! { return (operation, .failed(reason)) }
      log("\(claims) claims: \(operation.rawValue)")
      do {
        return (
          operation,
          .measured(
            try comparison.measure(
              operation, interchange: interchange, workDirectory: workDirectory,
              graphML: graphML))
        )
      } catch {
        return (operation, .failed("\(error)"))
      }
    }
  }

  // MARK: - CI latency

  private func measureLatency() throws -> CILatency {
    let claimgraph = (Self.executable as NSString).deletingLastPathComponent + "/claimgraph"
    if !FileManager.default.isExecutableFile(atPath: claimgraph) {
      log("building claimgraph (release) for the CI latency")
      let build = try ChildProcess.run(
        "swift",
        [
          "build", "-c", "release", "--product", "claimgraph",
          "--package-path", Self.packageRoot,
        ])
      guard build.status == 0 else { throw BenchmarkError("cannot build claimgraph") }
    }
    log("CI latency: \(ciRuns) runs of claimgraph lint Graph")
    // Findings make `lint` exit 1; only 2 (unreadable input) is a failure here.
    return try CILatency.measure(
      claimgraph: claimgraph, ["lint", Self.packageRoot + "/Graph"], runs: ciRuns,
      shownAs: "claimgraph lint Graph", success: [0, 1])
  }

  // MARK: - Helpers

  private func log(_ message: String) {
    FileHandle.standardError.write(Data("claimgraph-bench: \(message)\n".utf8))
  }

  static func parseSize(_ text: Substring) throws -> Int {
    let lower = text.lowercased().trimmingCharacters(in: .whitespaces)
    let (digits, factor) =
      lower.hasSuffix("m")
      ? (lower.dropLast(), 1_000_000)
      : lower.hasSuffix("k") ? (lower.dropLast(), 1_000) : (lower[...], 1)
    guard let value = Int(digits), value > 0 else {
      throw ValidationError("'\(text)' is not a size such as 1k, 10k, 100k or 1M")
    }
    return value * factor
  }

  /// This program's path, for re-executing it per stage.
  static var executable: String {
    (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
      ?? Bundle.main.executablePath ?? CommandLine.arguments[0]
  }

  /// The package's root folder (for `Graph/` and `Benchmarks/`).
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path

  static var today: String {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withFullDate]
    return formatter.string(from: Date())
  }
}
