import ClaimGraph
import ClaimGraphExport
import Foundation

/// Graphviz's `dot`, run as a program to draw the report's pictures as SVG.
enum Graphviz {
  /// `dot` on the `PATH`, if installed.
  static func dotExecutable(environment: [String: String]) -> String? {
    (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
      .map { "\($0)/dot" }.first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  /// The pictures drawn (those small enough), and a sentence for the page when `dot` is
  /// missing.
  static func draw(_ pictures: [ReportPicture], environment: [String: String]) -> (
    pictures: [ReportPicture], note: String?
  ) {
    guard let dot = dotExecutable(environment: environment) else {
      return (
        pictures,
        "Graphviz's dot program was not found when this report was made, so it has no "
          + "pictures; install Graphviz and run claimgraph report again to draw them."
      )
    }
    let drawn = ParallelMap.map(pictures) { picture -> ReportPicture in
      guard picture.isDrawable, let source = try? picture.dot() else { return picture }
      var result = picture
      result.svg = svg(of: source, executable: dot)
      return result
    }
    return (drawn, nil)
  }

  /// `dot -Tsvg` of a DOT text; nil when `dot` fails.
  static func svg(of source: [UInt8], executable: String) -> String? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = ["-Tsvg"]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    do {
      try process.run()
    } catch {
      return nil
    }
    // Write on another thread, so a large drawing filling the output pipe cannot block
    // the writer.
    let writer = input.fileHandleForWriting
    let bytes = Data(source)
    let written = DispatchSemaphore(value: 0)
    DispatchQueue.global().async {
      try? writer.write(contentsOf: bytes)
      try? writer.close()
      written.signal()
    }
    let svg = output.fileHandleForReading.readDataToEndOfFile()
    written.wait()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { return nil }
    return String(decoding: svg, as: UTF8.self)
  }
}
