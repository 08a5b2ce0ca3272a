import ClaimGraphTestSupport
import Foundation
import Testing

/// The README's example sessions, run.
///
/// Every `$ claimgraph …` line of a `console` block is run with the built executable from
/// the package root, and what it prints (standard output, then standard error) must be the
/// lines that follow it, byte for byte. A command ending in `; echo $?` shows its exit
/// status as the last line; any other must exit with 0. A CSV (`-f csv`) is expected with
/// CRLF line ends.
@Suite struct ReadmeExamplesTests {
  /// One command of the README and what the README says it prints.
  struct Example: Sendable, CustomTestStringConvertible {
    var line: Int
    var command: String
    var arguments: [String]
    var expected: String
    var status: Int32
    var testDescription: String { "README.md:\(line): \(command)" }
  }

  static let readme = Fixture.packageRoot + "/README.md"

  /// Every example of the README, in order.
  static let examples: [Example] = {
    guard let text = try? String(contentsOfFile: readme, encoding: .utf8) else { return [] }
    return (try? parse(text)) ?? []
  }()

  /// The README's console blocks, cut into commands and their output.
  static func parse(_ text: String) throws -> [Example] {
    var examples: [Example] = []
    var inConsole = false
    var current: Example?
    var output: [String] = []
    func finish() throws {
      guard var example = current else { return }
      if example.command.hasSuffix("; echo $?") {
        example.command = String(example.command.dropLast("; echo $?".count))
        example.arguments = try words(example.command).dropFirst().map { $0 }
        let status = try #require(output.popLast().flatMap { Int32($0) }, "\(example.command)")
        example.status = status
      }
      // A CSV's lines end in CRLF, as RFC 4180 has it, which a README cannot show.
      let csv = zip(example.arguments, example.arguments.dropFirst()).contains {
        ["-f", "--format"].contains($0) && $1 == "csv"
      }
      example.expected = output.map { $0 + (csv ? "\r\n" : "\n") }.joined()
      examples.append(example)
      current = nil
      output = []
    }
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      if !inConsole {
        inConsole = line == "```console"
        continue
      }
      if line == "```" {
        try finish()
        inConsole = false
      } else if line.hasPrefix("$ ") {
        try finish()
        let command = String(line.dropFirst(2))
        let words = try words(command)
        #expect(words.first == "claimgraph", "README.md:\(index + 1): \(line)")
        current = Example(
          line: index + 1, command: command, arguments: Array(words.dropFirst()), expected: "",
          status: 0)
      } else {
        #expect(current != nil, "README.md:\(index + 1): output before any command")
        output.append(String(line))
      }
    }
    return examples
  }

  /// A command line cut into words as a POSIX shell cuts it: single quotes keep everything,
  /// double quotes keep everything but `\"` and `\\`, a backslash outside quotes escapes
  /// the next character.
  static func words(_ command: String) throws -> [String] {
    var words: [String] = []
    var word = ""
    var inWord = false
    var characters = command.makeIterator()
    while let character = characters.next() {
      switch character {
      case " ":
        if inWord { words.append(word) }
        word = ""
        inWord = false
      case "'":
        inWord = true
        while let next = characters.next(), next != "'" { word.append(next) }
      case "\"":
        inWord = true
        while let next = characters.next(), next != "\"" {
          if next == "\\", let escaped = characters.next() {
            if escaped != "\"" && escaped != "\\" { word.append("\\") }
            word.append(escaped)
          } else {
            word.append(next)
          }
        }
      case "\\":
        inWord = true
        if let escaped = characters.next() { word.append(escaped) }
      default:
        inWord = true
        word.append(character)
      }
    }
    if inWord { words.append(word) }
    return words
  }

  @Test func theReadmeHasExamplesForEveryUser() throws {
    let text = try String(contentsOfFile: Self.readme, encoding: .utf8)
    let examples = try Self.parse(text)
    #expect(examples.count == Self.examples.count)
    #expect(examples.count >= 6, "\(examples.map(\.command))")
    // Each of these commands is shown at least once.
    for command in ["query", "list", "lint", "tables", "coverage"] {
      #expect(examples.contains { $0.arguments.first == command }, "\(command)")
    }
  }

  @Test func theShellWordsAreCutAsAShellCutsThem() throws {
    #expect(
      try Self.words(#"claimgraph query 'method:pet or x' --count "a \"b\"" c\ d"#)
        == ["claimgraph", "query", "method:pet or x", "--count", #"a "b""#, "c d"])
  }

  @Test(arguments: examples)
  func theExamplePrintsWhatTheReadmeShows(_ example: Example) throws {
    let result = try ChildProcess.run(
      BuiltExecutable.path, example.arguments, in: Fixture.packageRoot,
      environment: ["PATH": "/usr/bin:/bin", "NO_COLOR": "1"])
    let printed =
      String(decoding: result.stdout, as: UTF8.self)
      + String(decoding: result.stderr, as: UTF8.self)
    #expect(printed == example.expected)
    #expect(result.status == example.status, "\(printed)")
  }
}
