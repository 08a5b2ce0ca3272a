internal import CLibXML2

/// One-time libxml2 set-up: initialise the parser and silence its generic error output.
///
/// Nothing process-global beyond that: ClaimGraph sets no external-entity loader (a program
/// that embeds it keeps its own). Documents are kept from the network and the file system
/// per parser instead: ``safeParseOptions``, and the GraphML reader's SAX handler, which has
/// no entity resolver and no external-subset callback, so libxml2 loads nothing for it.
package enum LibXML {
  private static let initialised: Void = {
    xmlInitParser()
    cg_silenceGenericErrorsOnNewThreads()
  }()

  /// Makes sure libxml2 is initialised, and that it prints nothing to standard error on
  /// this thread (encoding failures go to a "generic" handler, which is per thread); cheap
  /// after the first call.
  package static func initialise() {
    _ = initialised
    cg_silenceGenericErrors()
  }

  /// Parser options for every document: no network, line numbers above 65535.
  ///
  /// Never `XML_PARSE_NOENT` (it substitutes entities, which enables XXE), nor DTD loading.
  package static let safeParseOptions =
    Int32(XML_PARSE_NONET.rawValue) | Int32(XML_PARSE_BIG_LINES.rawValue)
}
