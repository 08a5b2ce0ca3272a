import ClaimGraphFormats
import FuzzReaderRoundTrip
import FuzzSupport

// Any bytes, as a GraphML file: loaded with located diagnostics, and what loads survives
// export → read → export byte for byte.
runFuzzer { bytes in
  checkRoundTrip(bytes, reader: GraphMLReader(), exporter: GraphMLExporter(), file: "fuzz.graphml")
}
