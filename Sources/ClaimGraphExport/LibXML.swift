internal import CLibXML2

/// One-time libxml2 set-up: initialise the parser and refuse every external entity load,
/// so no document we read can reach the network or the file system.
enum LibXML {
  private static let initialised: Void = {
    xmlInitParser()
    xmlSetExternalEntityLoader { _, _, _ in nil }
  }()

  /// Makes sure libxml2 is initialised; cheap after the first call.
  static func initialise() { _ = initialised }

  /// The libxml2 version in use, such as `20914` for 2.9.14.
  static var version: Int32 {
    initialise()
    return Int32(LIBXML_VERSION)
  }
}
