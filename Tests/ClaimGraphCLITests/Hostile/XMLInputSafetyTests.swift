import ClaimGraph
import ClaimGraphFormats
import ClaimGraphTestSupport
import Foundation
import Testing

/// Reading GraphML never touches the network or the file system beyond the file itself.
///
/// Each test plants something the reader must not reach: a file with a secret (for
/// `file://`), a listening socket on the loopback interface (for `http://`: a connection
/// would wait in its backlog), and checks that the secret appears nowhere and that no
/// connection was made.
@Suite struct XMLInputSafetyTests {
  static let entityMessage =
    "the DOCTYPE declares entities; GraphML needs none, and they are not expanded (they can "
    + "read local files or expand a small file into a huge one) [unsupported-construct]"

  /// A minimal GraphML document: one region whose `name` is `name` (raw XML), after an
  /// optional DOCTYPE.
  static func graphML(doctype: String = "", name: String, extra: String = "") -> String {
    """
    <?xml version="1.0" encoding="UTF-8"?>
    \(doctype)
    <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xi="http://www.w3.org/2001/XInclude">
      <key id="k" for="node" attr.name="kind" attr.type="string"/>
      <key id="n" for="node" attr.name="name" attr.type="string"/>
      <graph edgedefault="directed">
        <node id="pag"><data key="k">region</data><data key="n">\(name)</data></node>\(extra)
      </graph>
    </graphml>
    """
  }

  /// A TCP socket listening on 127.0.0.1 that is never served.
  final class Listener {
    let descriptor: Int32
    let port: Int

    init() throws {
      let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
      var address = sockaddr_in()
      address.sin_family = sa_family_t(AF_INET)
      address.sin_addr.s_addr = inet_addr("127.0.0.1")
      address.sin_port = 0
      var length = socklen_t(MemoryLayout<sockaddr_in>.size)
      let bound = withUnsafeMutablePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
          bind(descriptor, pointer, length) == 0 && listen(descriptor, 8) == 0
            && getsockname(descriptor, pointer, &length) == 0
        }
      }
      guard descriptor >= 0, bound else {
        close(descriptor)
        throw POSIXError(.EADDRNOTAVAIL)
      }
      self.descriptor = descriptor
      port = Int(UInt16(bigEndian: address.sin_port))
      _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
    }

    deinit { close(descriptor) }

    /// Whether anyone has connected since the socket was opened.
    var wasContacted: Bool {
      let connection = accept(descriptor, nil, nil)
      if connection >= 0 { close(connection) }
      return connection >= 0
    }
  }

  private func load(_ text: String) -> LoadedGraph {
    GraphMLReader().load(bytes: Array(text.utf8), file: "hostile.graphml")
  }

  private func secretFile() throws -> (directory: TemporaryDirectory, path: String) {
    let directory = try TemporaryDirectory("xml-secret")
    return (directory, try directory.write("SECRET-7f3a", to: "secret.txt"))
  }

  @Test func noExternalDTDIsLoaded() throws {
    let listener = try Listener()
    let (directory, secret) = try secretFile()
    defer { directory.remove() }
    // A DTD on disk that, if loaded, would define &leak; as the secret's contents.
    let dtd = try directory.write(
      "<!ENTITY leak SYSTEM \"file://\(secret)\">", to: "graphml.dtd")
    for system in ["http://127.0.0.1:\(listener.port)/graphml.dtd", "file://\(dtd)"] {
      let doctype = "<!DOCTYPE graphml SYSTEM \"\(system)\">"
      let plain = load(Self.graphML(doctype: doctype, name: "PAG"))
      #expect(plain.diagnostics == [])
      #expect(plain.graph.entity("pag")?.name == "PAG")
      // Had the DTD been read, &leak; would be defined (as the secret).
      let leaking = load(Self.graphML(doctype: doctype, name: "PAG &leak;"))
      #expect(
        leaking.diagnostics.map(\.description) == [
          "hostile.graphml:7:71: error: invalid XML: Entity 'leak' not defined [syntax]"
        ])
    }
    #expect(!listener.wasContacted)
  }

  @Test func externalEntitiesAreRefusedNeitherReadNorFetched() throws {
    let listener = try Listener()
    let (directory, secret) = try secretFile()
    defer { directory.remove() }
    let targets = [
      "file://\(secret)", "file:///etc/passwd", "http://127.0.0.1:\(listener.port)/xxe",
    ]
    for target in targets {
      let loaded = load(
        Self.graphML(
          doctype: "<!DOCTYPE graphml [<!ENTITY xxe SYSTEM \"\(target)\">]>", name: "[&xxe;]"))
      #expect(
        loaded.diagnostics.map(\.description) == [
          "hostile.graphml:2:1: error: \(Self.entityMessage)"
        ])
      #expect(loaded.graph.entities.isEmpty)
    }
    // A parameter entity is expanded inside the DTD itself, before any element is read.
    let parameter = load(
      Self.graphML(
        doctype:
          "<!DOCTYPE graphml [<!ENTITY % remote SYSTEM \"http://127.0.0.1:\(listener.port)/pe\"> %remote;]>",
        name: "PAG"))
    #expect(
      parameter.diagnostics.map(\.description) == [
        "hostile.graphml:2:1: error: \(Self.entityMessage)"
      ])
    #expect(!listener.wasContacted)
  }

  @Test func entityExpansionBombsAreRefusedAtOnce() {
    var declarations = "<!ENTITY l0 \"lol\">"
    for level in 1...9 {
      declarations +=
        "<!ENTITY l\(level) \"" + String(repeating: "&l\(level - 1);", count: 10) + "\">"
    }
    let clock = ContinuousClock()
    var loaded: LoadedGraph?
    let elapsed = clock.measure {
      loaded = load(Self.graphML(doctype: "<!DOCTYPE graphml [\(declarations)]>", name: "&l9;"))
    }
    #expect(
      loaded?.diagnostics.map(\.description) == [
        "hostile.graphml:2:1: error: \(Self.entityMessage)"
      ])
    #expect(elapsed < .seconds(5))
  }

  @Test func xIncludeIsNotProcessed() throws {
    let (directory, secret) = try secretFile()
    defer { directory.remove() }
    let include = "<xi:include href=\"file://\(secret)\" parse=\"text\"/>"
    let loaded = load(Self.graphML(name: "PAG" + include, extra: "\n    " + include))
    #expect(!loaded.hasErrors)
    #expect(loaded.graph.entity("pag")?.name == "PAG")
    #expect(!loaded.diagnostics.contains { $0.message.contains("SECRET") })
  }

  @Test func theCommandRefusesAHostileFileWithStatusTwoAndWritesNothing() throws {
    let directory = try TemporaryDirectory("xml-command")
    defer { directory.remove() }
    let input = try directory.write(
      Self.graphML(
        doctype: "<!DOCTYPE graphml [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>",
        name: "&xxe;"), to: "hostile.graphml")
    let output = directory.path + "/out.json"
    let result = runCommand(["export", "--graph", input, "--format", "json", "--output", output])
    #expect(result.status == 2)
    #expect(result.stdout == "")
    #expect(result.stderr == "\(input):2:1: error: \(Self.entityMessage)\n")
    #expect(!FileManager.default.fileExists(atPath: output))
  }

  @Test func theFuzzSeedIsAValidGraph() {
    let loaded = GraphMLReader().load(file: Fixture.path("Hostile/graphml/small.graphml"))
    #expect(!loaded.hasErrors)
    #expect(loaded.graph.claim("c1")?.citations.first?.methods == ["pet"])
  }

  /// Found by `FuzzGraphMLReader`: bytes that the declared encoding cannot decode made
  /// libxml2 print "encoding error" lines to standard error, and the reader then loaded an
  /// empty graph (or called the document empty).
  @Test func anUndecodableDocumentIsOneCleanError() throws {
    let file = Fixture.path("Hostile/fuzz/FuzzGraphMLReader/undecodable.graphml")
    let run = try BuiltExecutable.run(["stats", "--graph", file])
    #expect(run.status == 2)
    #expect(run.stdout.isEmpty)
    #expect(
      String(decoding: run.stderr, as: UTF8.self)
        == "\(file):1:1: error: the document cannot be decoded in the encoding it declares; "
        + "save it as UTF-8 [syntax]\n")
  }
}
