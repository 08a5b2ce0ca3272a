import Foundation

/// The Markdown of `BENCHMARKS.md`.
struct BenchmarkReport {
  var machine: MachineDescription
  var date: String
  var command: String
  var sizes: [SizeResult]
  var latency: Result<CILatency, BenchmarkError>?

  var markdown: String {
    var lines = [
      "# Benchmarks", "",
      "Measured with `\(command)` on \(date) (\(Self.buildConfiguration)).", "",
      "Machine: \(machine.cores) cores, \(machine.processor), "
        + "\(Self.mebibytes(Int(machine.memoryBytes)) ) memory, \(machine.system).", "",
      "The catalogue is a synthetic publisher's library (seeded; see "
        + "`Sources/ClaimGraphBenchmarks`): an article per hundred claims, each in its own "
        + "folder with its `article.yaml`, its text in paragraphs under section headings and a "
        + "reference list, and its claims; sources and entities shared by every article. Every "
        + "claim quotes the sentence that states it and every citation the passage naming its "
        + "source (quotes sharing their first words, a repeated sentence told apart by a prefix "
        + "or suffix), so *load* anchors every quote in its article's text. The library lints "
        + "clean apart from what it plants: per ten articles, a claim disagreeing with another "
        + "article's on strength, one on a source's stance, and one misquoting its sentence "
        + "(each size's notes count them). The *anchoring* stages run on one long article "
        + "instead (`SyntheticArticle`: as many quoted sentences as the size has claims, with "
        + "quotes that miss), beside the same article without quotes.", "",
      "How to read it: every stage runs in a fresh process on the same synthetic catalogue. "
        + "*time* is the stage alone, without "
        + "starting the process or loading its input (median of the runs noted per size); "
        + "*CPU* is the processor time of that run on all threads (above *time* when it ran "
        + "in parallel); "
        + "*peak* is the process's peak resident memory (`wait4` rusage), so for stages after "
        + "*load* it includes the loaded graph. NetworkX and python-igraph run the same graph "
        + "(built from node-link JSON before their clock starts; their peak includes building "
        + "it), each operation in its own process. *vs* columns give our time as a ratio of "
        + "theirs: 0.10× means ten times faster. *× floor* gives our time as a multiple of "
        + "the floor's over the same bytes: libfyaml's event parser alone, on one core, for the "
        + "YAML; `xmllint --stream` for our GraphML; reading the text and scanning its bytes "
        + "for anchoring. No reader of those bytes can be faster than their parser.", "",
    ]
    lines += summary
    for size in sizes { lines += table(size) }
    lines += latencySection
    lines += pendingSection
    return lines.joined(separator: "\n") + "\n"
  }

  private var summary: [String] {
    var lines = [
      "## Load across sizes", "",
      "| claims | articles | YAML | text | files | load | CPU | throughput | peak | floor | "
        + "× floor | text floor |",
      "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for size in sizes {
      let load = size.stages.first { $0.stage.id == "load" }?.outcome.measurement
      let floor = size.stages.first { $0.stage.id == FloorStages.yamlEvents.id }?.outcome
        .measurement
      let textFloor = size.stages.first { $0.stage.id == FloorStages.textScan.id }?.outcome
        .measurement
      lines.append(
        "| \(Self.count(size.claims)) | \(size.articles) | \(Self.megabytes(size.yamlBytes)) | "
          + "\(Self.megabytes(size.textBytes)) | \(size.files) | "
          + "\(load.map { Self.time($0.seconds) } ?? "–") | "
          + "\(load?.cpuSeconds.map(Self.time) ?? "–") | "
          + "\(load.map { Self.rate(size.yamlBytes, $0.seconds) } ?? "–") | "
          + "\(load?.peakBytes.map(Self.mebibytes) ?? "–") | "
          + "\(floor.map { Self.time($0.seconds) } ?? "–") | "
          + "\(load.flatMap { load in floor.map { Self.multiple(load.seconds, $0.seconds) } } ?? "–") | "
          + "\(textFloor.map { Self.time($0.seconds) } ?? "–") |")
    }
    return lines + [""]
  }

  private func table(_ size: SizeResult) -> [String] {
    var lines = [
      "## \(Self.count(size.claims)) claims", "",
      "\(Self.megabytes(size.yamlBytes)) of YAML and \(Self.megabytes(size.textBytes)) of article "
        + "text in \(size.files) files, \(size.articles) articles (generated in "
        + "\(Self.time(size.generationSeconds))); median of \(size.runsPerStage) run(s) per stage. "
        + "Planted: \(size.planted.strength) strength disagreements, \(size.planted.stance) "
        + "stance disagreements (each found at both claims, and at any other claim asserting "
        + "the same relation), \(size.planted.misquotes) misquotes.",
      "",
      "| stage | time | CPU | throughput | peak | × floor | vs NetworkX | vs igraph | note |",
      "|---|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for (stage, outcome) in size.stages {
      switch outcome {
      case .measured(let measurement):
        let bytes = stage.measuresYAML ? size.yamlBytes : measurement.bytes
        let ratios = [true, false].map { networkX -> String in
          let theirs = stage.counterparts.filter { $0.isNetworkX == networkX }
            .compactMap { size.python($0) }.first
          return theirs.map { Self.ratio(measurement.seconds, $0.seconds) } ?? ""
        }
        let floor = stage.floor.flatMap { id in
          size.stages.first { $0.stage.id == id }?.outcome.measurement
        }
        let overFloor = floor.map { Self.multiple(measurement.seconds, $0.seconds) } ?? ""
        lines.append(
          "| \(stage.title) | \(Self.time(measurement.seconds)) | "
            + "\(measurement.cpuSeconds.map(Self.time) ?? "") | "
            + "\(bytes.map { Self.rate($0, measurement.seconds) } ?? "") | "
            + "\(measurement.peakBytes.map(Self.mebibytes) ?? "") | \(overFloor) | \(ratios[0]) | "
            + "\(ratios[1]) | "
            + "\(measurement.detail) |")
      case .pending:
        lines.append("| \(stage.title) | pending | | | | | | | not wired yet (see below) |")
      case .failed(let reason):
        lines.append("| \(stage.title) | failed | | | | | | | \(reason) |")
      }
    }
    for (operation, outcome) in size.python {
      switch outcome {
      case .measured(let measurement):
        lines.append(
          "| \(operation.title) | \(Self.time(measurement.seconds)) | | "
            + "\(measurement.bytes.map { Self.rate($0, measurement.seconds) } ?? "") | "
            + "\(measurement.peakBytes.map(Self.mebibytes) ?? "") | | | | \(measurement.detail) |")
      case .pending(let reason), .failed(let reason):
        lines.append("| \(operation.title) | skipped | | | | | | | \(reason) |")
      }
    }
    return lines + [""]
  }

  private var latencySection: [String] {
    var lines = ["## CI latency", ""]
    switch latency {
    case .success(let latency):
      lines.append(
        "`\(latency.command)` end to end (process start, load, lint, print), release build, "
          + "\(latency.runs) runs: median **\(Self.milliseconds(latency.median))**, fastest "
          + "\(Self.milliseconds(latency.fastest)), slowest \(Self.milliseconds(latency.slowest)).")
    case .failure(let error): lines.append("Not measured: \(error.description)")
    case nil: lines.append("Not measured (`--ci-runs 0`).")
    }
    return lines + [""]
  }

  private var pendingSection: [String] {
    let pending = StageRegistry.all.compactMap { stage in
      stage.pending.map { "- `\(stage.id)` (\(stage.title)): \($0)" }
    }
    guard !pending.isEmpty else { return [] }
    return ["## Pending stages", ""] + pending + [""]
  }

  // MARK: - Formatting

  #if DEBUG
    static let buildConfiguration = "DEBUG build: figures are not meaningful, use -c release"
  #else
    static let buildConfiguration = "release build"
  #endif

  static func time(_ seconds: Double) -> String {
    seconds < 1 ? milliseconds(seconds) : String(format: "%.2f s", seconds)
  }

  static func milliseconds(_ seconds: Double) -> String {
    seconds < 0.01
      ? String(format: "%.2f ms", seconds * 1e3) : String(format: "%.0f ms", seconds * 1e3)
  }

  static func rate(_ bytes: Int, _ seconds: Double) -> String {
    String(format: "%.1f MB/s", Double(bytes) / 1e6 / max(seconds, 1e-9))
  }

  static func megabytes(_ bytes: Int) -> String { String(format: "%.1f MB", Double(bytes) / 1e6) }

  static func mebibytes(_ bytes: Int) -> String {
    let mib = Double(bytes) / 1_048_576
    return mib >= 1024 ? String(format: "%.2f GiB", mib / 1024) : String(format: "%.0f MiB", mib)
  }

  static func ratio(_ ours: Double, _ theirs: Double) -> String {
    let value = ours / max(theirs, 1e-9)
    return String(format: "%.2f× (%.1f× faster)", value, 1 / max(value, 1e-9))
  }

  /// How many times the floor's time ours is (`6.1×`).
  static func multiple(_ ours: Double, _ floor: Double) -> String {
    String(format: "%.1f×", ours / max(floor, 1e-9))
  }

  static func count(_ claims: Int) -> String {
    switch claims {
    case _ where claims % 1_000_000 == 0: "\(claims / 1_000_000)M"
    case _ where claims % 1_000 == 0: "\(claims / 1_000)k"
    default: "\(claims)"
    }
  }
}
