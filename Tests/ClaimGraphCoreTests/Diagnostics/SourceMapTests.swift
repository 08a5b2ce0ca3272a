import ClaimGraph
import Testing

@Suite struct SourceMapTests {
  static func at(_ line: Int, _ file: String = "a.yaml") -> ClaimGraph.SourceLocation {
    ClaimGraph.SourceLocation(file: file, line: line, column: 3)
  }

  static let map: SourceMap = {
    var map = SourceMap()
    map.record(at(1), for: "c")
    map.record(at(2), for: "c", field: "citations")
    map.record(at(3), for: "c", field: "citations[0]")
    map.record(at(4), for: "c", field: "citations[0].methods[1]")
    map.record(at(5), for: "c", field: "odd..path[x]")
    map.record(at(6), for: "c", field: "relations[1].object")
    map.record(at(7, "b.yaml"), for: "c", field: "note")
    return map
  }()

  @Test(arguments: [
    ("citations[0].methods[1]", 4), ("citations[0].methods[0]", 3), ("citations[0].source", 3),
    ("citations[1]", 2), ("citations", 2), ("odd..path[x]", 5), ("odd..path", 1),
    ("relations[1].object", 6), ("relations[1]", 1), ("statement", 1), ("", 1), ("[0]", 1),
  ])
  func aFieldFallsBackToItsNearestRecordedParent(field: String, line: Int) {
    #expect(Self.map.location(of: "c", field: field) == Self.at(line))
  }

  @Test func locationsKeepTheirFile() {
    #expect(Self.map.location(of: "c", field: "note") == Self.at(7, "b.yaml"))
    #expect(Self.map.location(of: "c") == Self.at(1))
    #expect(Self.map.location(of: "missing", field: "note") == nil)
  }

  @Test func theLatestRecordAndTheMergedMapWin() {
    var map = Self.map
    map.record(Self.at(8), for: "c", field: "citations[0]")
    #expect(map.location(of: "c", field: "citations[0].source") == Self.at(8))
    var other = SourceMap()
    other.record(Self.at(9, "c.yaml"), for: "c", field: "citations")
    other.record(Self.at(10, "c.yaml"), for: "d")
    map.merge(other)
    #expect(map.location(of: "c", field: "citations[3]") == Self.at(9, "c.yaml"))
    #expect(map.location(of: "c") == Self.at(1))
    #expect(map.location(of: "d", field: "note") == Self.at(10, "c.yaml"))
  }

  @Test func mapsThatGiveTheSameLocationsAreEqual() {
    var first = SourceMap()
    first.record(Self.at(1, "x.yaml"), for: "c")
    first.record(Self.at(2, "y.yaml"), for: "c", field: "about[0]")
    var second = SourceMap()
    second.record(Self.at(2, "y.yaml"), for: "c", field: "about[0]")
    second.record(Self.at(9, "y.yaml"), for: "c", field: "note")
    second.record(Self.at(1, "x.yaml"), for: "c")
    #expect(first != second)
    first.record(Self.at(5, "x.yaml"), for: "c", field: "note")
    first.record(Self.at(9, "y.yaml"), for: "c", field: "note")
    #expect(first == second)
  }
}
