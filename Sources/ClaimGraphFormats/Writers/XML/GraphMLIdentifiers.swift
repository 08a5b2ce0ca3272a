import ClaimGraph

/// Maps node ids to GraphML ids, which must be XML NMTOKENs.
///
/// Ids made only of ASCII letters, digits, `.`, `_`, `:` and `-` are kept; any other id
/// gets a generated `_nN` id that collides with no kept id.
struct GraphMLIdentifiers {
  private var generated: [NodeID: String] = [:]

  init(_ ids: [NodeID]) {
    // Usually every id is an NMTOKEN: then nothing needs hashing.
    guard !ids.allSatisfy({ Self.isNMToken($0.rawValue) }) else { return }
    let kept = Set(ids.lazy.map(\.rawValue).filter(Self.isNMToken))
    var counter = 0
    for id in ids where !Self.isNMToken(id.rawValue) {
      var candidate: String
      repeat {
        candidate = "_n\(counter)"
        counter += 1
      } while kept.contains(candidate)
      generated[id] = candidate
    }
  }

  /// Whether a text is a conservative NMTOKEN: non-empty, ASCII `[A-Za-z0-9._:-]` only.
  static func isNMToken(_ text: String) -> Bool {
    var text = text
    return !text.isEmpty
      && text.withUTF8 {
        $0.allSatisfy { byte in
          switch byte {
          case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "_"),
            UInt8(ascii: ":"), UInt8(ascii: "-"):
            true
          default: false
          }
        }
      }
  }

  /// Whether any id needs the `node_id` attribute.
  var needsNodeIDAttribute: Bool { !generated.isEmpty }

  /// Whether this id was replaced by a generated one.
  func isGenerated(_ id: NodeID) -> Bool { !generated.isEmpty && generated[id] != nil }

  /// The GraphML id of a node.
  func xmlID(for id: NodeID) -> String {
    // Usually no id was replaced: then no id needs hashing.
    generated.isEmpty ? id.rawValue : generated[id] ?? id.rawValue
  }
}
