import ClaimGraphTestSupport
import Foundation
import Testing

/// The DocC command reference (`CommandLine.md` in the `ClaimGraphProject` catalog) keeps up
/// with the command line: every subcommand has its section, and every option its help lists
/// is named there.
@Suite struct CommandReferenceTests {
  static let reference =
    Fixture.packageRoot + "/Sources/ClaimGraphProject/ClaimGraphProject.docc/CommandLine.md"

  /// The options a help text lists, such as `--format`.
  static func options(inHelp help: String) -> Set<String> {
    let names = help.split(separator: "\n").compactMap { line in
      line.firstMatch(of: #/^ +(?:-[a-z], )?(--[a-z][a-z-]*)/#).map { String($0.1) }
    }
    return Set(names).subtracting(["--help", "--version"])
  }

  /// The text of the reference's section `### \`claimgraph NAME\``, up to the next heading.
  static func section(_ name: String, of text: String) -> String? {
    guard let start = text.firstRange(of: "### `claimgraph \(name)`\n") else { return nil }
    let rest = text[start.upperBound...]
    let end = rest.firstRange(of: /\n##/)?.lowerBound ?? rest.endIndex
    return String(rest[..<end])
  }

  @Test func everySubcommandAndOptionIsInTheReference() throws {
    let text = try String(contentsOfFile: Self.reference, encoding: .utf8)
    let shared = try #require(
      text.firstRange(of: "## Options every graph command takes").map {
        String(text[$0.upperBound...].prefix(while: { $0 != "#" }))
      })
    let root = try BuiltExecutable.run(["--help"])
    let overview = String(decoding: root.stdout, as: UTF8.self)
    let listing = try #require(overview.firstRange(of: "SUBCOMMANDS:"))
    let subcommands = overview[listing.upperBound...].split(separator: "\n").compactMap {
      $0.firstMatch(of: #/^  ([a-z-]+) /#).map { String($0.1) }
    }
    #expect(subcommands.count >= 13, "\(subcommands)")
    for subcommand in subcommands {
      let section = try #require(Self.section(subcommand, of: text), "no section for \(subcommand)")
      let help = try BuiltExecutable.run([subcommand, "--help"])
      let options = Self.options(inHelp: String(decoding: help.stdout, as: UTF8.self))
      #expect(!options.isEmpty, "\(subcommand)")
      for option in options.sorted() {
        let named = ["`", " ", "="].map { "`\(option)\($0)" }
        #expect(
          named.contains { section.contains($0) || shared.contains($0) },
          "claimgraph \(subcommand) \(option) is not in CommandLine.md")
      }
    }
  }
}
