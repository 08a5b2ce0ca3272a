import ClaimGraph
import ClaimGraphFormats
import ClaimGraphTestSupport
import Foundation
import Testing

/// Same input, same bytes: whatever the file system's enumeration order, the locale
/// (`LANG`, `LC_ALL`) or the time zone (`TZ`).
@Suite struct DeterminismTests {
  /// Environments that differ in every setting that could leak into output: decimal
  /// separators, case mapping (Turkish dotted i), right-to-left scripts, odd UTC offsets.
  static let environments: [[String: String]] = [
    ["LANG": "C", "TZ": "UTC"],
    ["LANG": "tr_TR.UTF-8", "LC_ALL": "tr_TR.UTF-8", "TZ": "Asia/Kathmandu"],
    [
      "LANG": "de_DE.UTF-8", "LC_ALL": "ar_SA.UTF-8", "LC_NUMERIC": "de_DE",
      "TZ": "America/St_Johns",
    ],
  ]

  static let commands: [[String]] =
    ["graphml", "gexf", "dot", "json", "mermaid"].map { ["export", "--format", $0] } + [
      ["stats", "--format", "json"], ["tables", "--format", "csv"], ["lint", "--format", "sarif"],
      ["query", "strength:uncertain"],
    ]

  @Test(arguments: commands)
  func outputIsTheSameInEveryLocaleAndTimeZone(_ command: [String]) throws {
    #expect(FileManager.default.isExecutableFile(atPath: BuiltExecutable.path))
    let arguments = command + ["--graph", Fixture.articleGraph]
    let runs = try Self.environments.map { try BuiltExecutable.run(arguments, environment: $0) }
    #expect(runs[0].stdout.count > 100)
    for other in runs.dropFirst() {
      #expect(other.status == runs[0].status)
      #expect(other.stdout == runs[0].stdout)
    }
  }

  @Test func outputDoesNotDependOnFileNamesOrCreationOrder() throws {
    let manager = FileManager.default
    let files = try manager.subpathsOfDirectory(atPath: Fixture.articleGraph)
      .filter { $0.hasSuffix(".yaml") }.sorted()
    #expect(files.count > 10)
    let forward = try TemporaryDirectory("order-forward")
    let backward = try TemporaryDirectory("order-backward")
    defer {
      forward.remove()
      backward.remove()
    }
    // The same files, created in opposite orders, and renamed so that they also sort (and
    // so load) in the opposite order.
    func bytes(_ file: String) throws -> [UInt8] {
      try [UInt8](Data(contentsOf: URL(fileURLWithPath: Fixture.articleGraph + "/" + file)))
    }
    for file in files { try forward.write(try bytes(file), to: file) }
    // The article's text, named by `article.yaml`, goes beside it in both copies.
    try forward.write(try bytes("article.txt"), to: "article.txt")
    try backward.write(try bytes("article.txt"), to: "flat/article.txt")
    for (index, file) in files.enumerated().reversed() {
      let renamed =
        String(format: "%03d-", files.count - index) + file.replacingOccurrences(of: "/", with: "-")
      try backward.write(try bytes(file), to: "flat/" + renamed)
    }
    let first = runCommand(["build", "--graph", forward.path, "--exports", forward.path + "/out"])
    let second = runCommand([
      "build", "--graph", backward.path + "/flat", "--exports", backward.path + "/out",
    ])
    #expect(first.status == 0)
    #expect(second.status == 0)
    var names = try manager.contentsOfDirectory(atPath: forward.path + "/out").sorted()
    // Six exports, two tables, the Mermaid page, the report, the authoring schema and the
    // queries folder (neither depends on the graph) and, with Graphviz, the pictures folder.
    #expect(names.count == (Graphviz.find() == nil ? 12 : 13))
    #expect(try manager.contentsOfDirectory(atPath: backward.path + "/out").sorted() == names)
    if names.contains("pictures") {
      names.removeAll { $0 == "pictures" }
      let pictures = try manager.contentsOfDirectory(atPath: forward.path + "/out/pictures")
      #expect(pictures.count == 13)
      names += pictures.sorted().map { "pictures/" + $0 }
    }
    // The evidence report lists the lint findings where they are written, file names
    // included, so it is the one export that names the renamed files.
    for name in names where !name.hasSuffix("-report.html") {
      #expect(
        manager.contents(atPath: forward.path + "/out/" + name)
          == manager.contents(atPath: backward.path + "/out/" + name), "\(name)")
    }
  }
}
