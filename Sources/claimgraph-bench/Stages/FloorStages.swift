internal import CLibFYAML
import Foundation

/// The floors: what the bytes cost before ClaimGraph does anything with them.
///
/// Each figure of a stage that reads the same bytes is also given as a multiple of its floor.
enum FloorStages {
  /// libfyaml's event parser alone over every YAML file of the catalogue, on one core.
  ///
  /// No tree, no values, no graph: the loader's own parser, so this is what any loader built
  /// on it must spend.
  static let yamlEvents = BenchmarkStage(
    id: "floor-yaml", title: "floor: libfyaml's events alone, one core", needsGraph: false,
    measuresYAML: true,
    run: { input in
      var events = 0
      for path in try files(in: input.graphDirectory, endingWith: [".yaml", ".yml"]) {
        events += try parseEvents(of: FileManager.default.contents(atPath: path) ?? Data())
      }
      return .init(detail: "\(events) events")
    })

  /// Every article text of the library read and its bytes scanned once (its lines
  /// counted): what anchoring must at least spend.
  static let textScan = BenchmarkStage(
    id: "floor-texts", title: "floor: read the articles' texts and scan their bytes",
    needsGraph: false,
    run: { input in
      var bytes = 0
      var lines = 0
      for path in try files(in: input.graphDirectory, endingWith: [".txt"]) {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        bytes += data.count
        lines += data.withUnsafeBytes { bytes in bytes.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } }
      }
      return .init(bytes: bytes, detail: "\(lines) lines")
    })

  /// `xmllint --stream --noout` over the GraphML that the `export-graphml` stage wrote:
  /// libxml2's streaming reader, checking well-formedness and building nothing.
  static let xmlStream = BenchmarkStage(
    id: "floor-xmllint", title: "floor: xmllint --stream over our GraphML", needsGraph: false,
    run: { input in
      let path = input.workDirectory + "/graph.graphml"
      let outcome = try ChildProcess.run(
        "xmllint", ["--stream", "--noout", path], discardOutput: true)
      guard outcome.status == 0 else {
        throw BenchmarkError("xmllint exited with status \(outcome.status) on \(path)")
      }
      let bytes = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int
      return .init(
        bytes: bytes, detail: "xmllint's peak \(BenchmarkReport.mebibytes(outcome.peakBytes))")
    })

  /// The files below a directory whose names end with one of `endings`, sorted.
  static func files(in directory: String, endingWith endings: [String]) throws -> [String] {
    let manager = FileManager.default
    guard let walker = manager.enumerator(atPath: directory) else {
      throw BenchmarkError("cannot list \(directory)")
    }
    return walker.compactMap { $0 as? String }
      .filter { name in endings.contains { name.hasSuffix($0) } }
      .sorted()
      .map { directory + "/" + $0 }
  }

  /// The number of events in one file's bytes; throws at a syntax error.
  private static func parseEvents(of data: Data) throws -> Int {
    try data.withUnsafeBytes { buffer in
      let text = buffer.bindMemory(to: CChar.self)
      guard let parser = cg_fy_parser_create(text.baseAddress, text.count) else {
        throw BenchmarkError("libfyaml could not start a parser")
      }
      defer { cg_fy_parser_destroy(parser) }
      var events = 0
      while let event = fy_parser_parse(parser) {
        events += 1
        fy_parser_event_free(parser, event)
      }
      guard !fy_parser_get_stream_error(parser) else {
        throw BenchmarkError("libfyaml met a syntax error in the synthetic catalogue")
      }
      return events
    }
  }
}
