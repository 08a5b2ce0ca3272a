internal import CLibXML2

/// One-time libxml2 set-up: initialise the parser and refuse every external entity load,
/// so no document we read can reach the network or the file system.
///
/// The only exception is schema compilation: a validator registers its schema directory
/// with ``SchemaFiles``, and imports of schema files inside that directory (directly, or
/// through its offline XML catalog) are served from disk. Documents being read or
/// validated never get that exception: their external entities and DTDs stay unresolved.
enum LibXML {
  private static let initialised: Void = {
    xmlInitParser()
    cg_silenceGenericErrorsOnNewThreads()
    xmlSetExternalEntityLoader { url, _, context in
      guard let url, let path = SchemaFiles.localPath(for: String(cString: url)) else {
        return nil
      }
      return xmlNewInputFromFile(context, path)
    }
  }()

  /// Makes sure libxml2 is initialised, and that it prints nothing to standard error on
  /// this thread (encoding failures go to a "generic" handler, which is per thread); cheap
  /// after the first call.
  static func initialise() {
    _ = initialised
    cg_silenceGenericErrors()
  }

  /// The libxml2 version in use, such as `20914`.
  static var version: Int32 {
    initialise()
    return Int32(LIBXML_VERSION)
  }

  /// Parser options for every document: no network, line numbers above 65535.
  ///
  /// Never `XML_PARSE_NOENT` (it substitutes entities, which enables XXE), nor DTD loading.
  static let safeParseOptions =
    Int32(XML_PARSE_NONET.rawValue) | Int32(XML_PARSE_BIG_LINES.rawValue)
}
