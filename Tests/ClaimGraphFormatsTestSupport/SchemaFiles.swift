internal import CLibXML2
import ClaimGraphFormats
import Foundation

/// The schema directories whose files libxml2 may load while compiling a schema, and the
/// offline catalogs that map a schema's absolute `http://` imports into them.
///
/// libxml2's external-entity loader is process-global, so only the tests install one: the
/// first registration installs a loader that asks this registry and refuses everything else,
/// so the network is never reached.
package enum SchemaFiles {
  private final class Registry: @unchecked Sendable {
    let lock = NSLock()
    var roots: [String] = []
    var catalogs: [String: OpaquePointer] = [:]
  }

  private static let registry = Registry()

  /// Serves the registered schema files, and nothing else, to libxml2.
  private static let loaderInstalled: Void = {
    xmlSetExternalEntityLoader { url, _, context in
      guard let url, let path = SchemaFiles.localPath(for: String(cString: url)) else {
        return nil
      }
      return xmlNewInputFromFile(context, path)
    }
  }()

  /// Allows files below `directory` to be loaded, resolving URLs through `catalog` if given.
  package static func register(directory: String, catalog: String?) {
    LibXML.initialise()
    _ = loaderInstalled
    let root = URL(fileURLWithPath: directory).standardizedFileURL.path
    registry.lock.lock()
    defer { registry.lock.unlock() }
    if !registry.roots.contains(root) { registry.roots.append(root) }
    if let catalog, registry.catalogs[catalog] == nil, let loaded = xmlLoadACatalog(catalog) {
      registry.catalogs[catalog] = loaded
    }
  }

  /// The local path for a URL or path, if it lies inside a registered directory.
  package static func localPath(for url: String) -> String? {
    registry.lock.lock()
    defer { registry.lock.unlock() }
    var candidate = url
    if url.hasPrefix("http://") || url.hasPrefix("https://") {
      guard let resolved = resolveThroughCatalogs(url) else { return nil }
      candidate = resolved
    }
    if candidate.hasPrefix("file://") {
      candidate = URL(string: candidate)?.path ?? String(candidate.dropFirst(7))
    }
    let path = URL(fileURLWithPath: candidate).standardizedFileURL.path
    let allowed = registry.roots.contains { path.hasPrefix($0 + "/") }
    return allowed && FileManager.default.isReadableFile(atPath: path) ? path : nil
  }

  private static func resolveThroughCatalogs(_ url: String) -> String? {
    for key in registry.catalogs.keys.sorted() {
      guard let catalog = registry.catalogs[key] else { continue }
      if let resolved = xmlACatalogResolveURI(catalog, url) {
        defer { cg_xmlFree(resolved) }
        return String(cString: resolved)
      }
      if let resolved = xmlACatalogResolveSystem(catalog, url) {
        defer { cg_xmlFree(resolved) }
        return String(cString: resolved)
      }
    }
    return nil
  }
}
