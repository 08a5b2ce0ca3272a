import ClaimGraph

/// One measured step of the benchmark (load, lint, an export…), run in a process of its own
/// so that its peak memory is its own.
///
/// A stage that is not implemented yet stays registered with ``pending`` set, so the
/// report shows the gap; wiring it is a matter of giving it a ``run`` closure.
struct BenchmarkStage: Sendable {
  /// What a stage returns: how many bytes it processed (for throughput) and a note.
  struct Output: Sendable {
    var bytes: Int?
    var detail: String = ""
    /// What the stage built, kept alive until the clock has stopped, so that tearing it
    /// down is not timed.
    var retained: (any Sendable)?
  }

  /// The graph folder a stage works on.
  enum Corpus: Sendable {
    /// The synthetic catalogue (``SyntheticCatalogue``).
    case catalogue
    /// The long article with as many quoted sentences as the catalogue has claims
    /// (``SyntheticArticle``).
    case anchoredArticle
    /// The same article with every quote removed.
    case unquotedArticle
  }

  /// What a stage works on.
  struct Input: Sendable {
    /// The graph, loaded before the clock starts (nil for stages that load it themselves).
    let loaded: LoadedGraph?
    /// The folder of synthetic YAML files.
    let graphDirectory: String
    /// A scratch folder shared by the stages of one size (exports leave files there).
    let workDirectory: String

    /// The loaded graph; only stages with ``BenchmarkStage/needsGraph`` call it.
    var graph: KnowledgeGraph { loaded!.graph }
  }

  /// The name used on the command line (`--stage export-graphml`).
  let id: String
  /// The name in the report.
  let title: String
  /// The graph folder it runs on.
  var corpus = Corpus.catalogue
  /// Whether the graph is loaded (untimed) before the stage runs.
  var needsGraph = true
  /// Whether throughput is the YAML read per second (else the bytes the stage reports).
  var measuresYAML = false
  /// The Python operations this stage is compared with.
  var counterparts: [PythonOperation] = []
  /// The id of the floor stage over the same bytes (see ``FloorStages``), whose time this
  /// stage's is also given as a multiple of.
  var floor: String?
  /// Why the stage cannot run yet, and what wires it; nil when it runs.
  var pending: String?
  /// The timed work; nil while pending.
  var run: (@Sendable (Input) throws -> Output)?
}
