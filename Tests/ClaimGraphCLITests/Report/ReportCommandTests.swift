import ClaimGraph
import ClaimGraphFormats
import ClaimGraphTestSupport
import Foundation
import Testing

/// `claimgraph report`: where it writes, what it says, and pictures with and without dot.
@Suite struct ReportCommandTests {
  @Test func reportWritesThePageAtomicallyAndSaysWhere() throws {
    let directory = try TemporaryDirectory("report")
    defer { directory.remove() }
    let output = directory.path + "/pages/report.html"
    let result = runCommand([
      "report", "--graph", Fixture.path("Report/hostile"), "--output", output,
    ])
    #expect(result.status == 0)
    let page = try String(contentsOfFile: output, encoding: .utf8)
    #expect(result.stdout == "wrote \(output) (\(page.utf8.count) bytes)\n")
    #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">"))
    #expect(page.ranges(of: "<script").count == 1)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: directory.path + "/pages") == [
        "report.html"
      ])
  }

  @Test func withoutDotThePageSaysWhyItHasNoPictures() throws {
    let directory = try TemporaryDirectory("report-no-dot")
    defer { directory.remove() }
    let output = directory.path + "/report.html"
    let result = runCommand(
      ["report", "--graph", Fixture.path("Report/hostile"), "--output", output],
      environment: ["PATH": directory.path])
    #expect(result.status == 0)
    let note =
      "Graphviz's dot program was not found when this report was made, so it has no "
      + "pictures; install Graphviz and run claimgraph report again to draw them."
    #expect(result.stderr == "warning: \(note)\n")
    let page = try String(contentsOfFile: output, encoding: .utf8)
    #expect(page.contains("<p>\(Escaping.html(note))</p>\n</section>\n</main>"))
    #expect(!page.contains("<svg"))
  }

  @Test(.requires(tools: "dot"))
  func withDotEveryPictureIsInlineSVG() throws {
    let directory = try TemporaryDirectory("report-dot")
    defer { directory.remove() }
    let output = directory.path + "/report.html"
    let result = runCommand([
      "report", "--graph", Fixture.path("Report/hostile"), "--output", output,
    ])
    #expect(result.status == 0)
    #expect(result.stderr == "")
    let page = try String(contentsOfFile: output, encoding: .utf8)
    // The entity map and the one section whose claims relate entities.
    #expect(page.ranges(of: "<svg role=\"img\" aria-labelledby=\"picture-").count == 2)
    for leftover in ["<?xml", "<!DOCTYPE svg", "<!--", " id=\"graph0\"", " id=\"node1\""] {
      #expect(!page.contains(leftover), "\(leftover) in the page")
    }
    // Graphviz wraps the label; each line stays text.
    #expect(page.contains(">&lt;svg</text>"))
    #expect(page.contains(">onload=&quot;window.__claimgraphPwned=1&quot;&gt;&lt;/svg&gt;</text>"))
  }

  @Test func malformedInputWritesNothing() throws {
    let directory = try TemporaryDirectory("report-malformed")
    defer { directory.remove() }
    let output = directory.path + "/report.html"
    let result = runCommand([
      "report", "--graph", Fixture.path("Hostile/binary"), "--output", output,
    ])
    #expect(result.status == 2)
    #expect(result.stdout == "")
    #expect(!FileManager.default.fileExists(atPath: output))
  }
}
