import ClaimGraph
import ClaimGraphTestSupport
import Foundation
import Testing

/// Hostile queries are refused with a located message, never a crash, and every query's
/// canonical text reads back as the same query.
@Suite struct HostileQueryTests {
  @Test func deeplyNestedParenthesesAreRefusedBeforeTheStackRunsOut() {
    let text = String(repeating: "(", count: 200_000) + "x"
    #expect(
      throws: QueryError(
        column: 65,
        message: "the query nests parentheses and negations more than 64 deep; simplify it")
    ) { try Query(parsing: text) }
  }

  @Test func longChainsOfNegationAreRefusedToo() {
    #expect(
      throws: QueryError(
        column: 65,
        message: "the query nests parentheses and negations more than 64 deep; simplify it")
    ) { try Query(parsing: String(repeating: "-", count: 200_000) + "x") }
    #expect(
      throws: QueryError(
        column: 257,
        message: "the query nests parentheses and negations more than 64 deep; simplify it")
    ) { try Query(parsing: String(repeating: "NOT ", count: 100_000) + "x") }
  }

  @Test func nestingUpToTheLimitIsAccepted() throws {
    let text = String(repeating: "(", count: 64) + "x" + String(repeating: ")", count: 64)
    #expect(try Query(parsing: text) == .term(.text("x")))
  }

  @Test func combiningMarksCannotFuseWithSpacesQuotesOrParentheses() throws {
    // A combining mark after a space, a quote or a parenthesis forms one character with
    // it; the lexer reads scalars, so the structure stays visible.
    for text in ["a \u{301}b", "(\u{301}x)", "\"\u{301}x\"", "x\u{301} OR y", "-\u{301}x"] {
      let query = try Query(parsing: text)
      #expect(try Query(parsing: query.description) == query, "\(text.debugDescription)")
    }
    #expect(try Query(parsing: "\u{301}-x").description == "\u{301}-x")
    #expect(Query.term(.text("-\u{301}")).description == "\"-\u{301}\"")
    #expect(Query.term(.text("\u{301}")).description == "\u{301}")
  }

  /// Inputs that once crashed `Fuzz/run FuzzQueryParser`, kept as regression fixtures.
  @Test(
    arguments: try FileManager.default.contentsOfDirectory(
      atPath: Fixture.path("Hostile/fuzz/FuzzQueryParser")
    ).sorted())
  func fuzzFindingsStayFixed(_ name: String) throws {
    let bytes = try Data(
      contentsOf: URL(fileURLWithPath: Fixture.path("Hostile/fuzz/FuzzQueryParser/\(name)")))
    let text = String(decoding: bytes, as: UTF8.self)
    let query = try Query(parsing: text)
    #expect(try Query(parsing: query.description) == query)
  }
}
