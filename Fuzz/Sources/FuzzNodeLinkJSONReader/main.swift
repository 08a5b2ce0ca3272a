import ClaimGraphFormats
import FuzzReaderRoundTrip
import FuzzSupport

// Any bytes, as a node-link JSON file: loaded with located diagnostics, and what loads
// survives export → read → export byte for byte.
runFuzzer { bytes in
  checkRoundTrip(
    bytes, reader: NodeLinkJSONReader(), exporter: NodeLinkJSONExporter(), file: "fuzz.json")
}
