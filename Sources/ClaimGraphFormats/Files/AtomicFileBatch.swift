import Foundation

/// Several files written all-or-nothing: each is staged as an ``AtomicFile``; only when
/// every one is complete are they renamed into place, one after the other.
///
/// If staging any file fails, the staged ones are removed and no destination changes. If
/// a rename fails part-way (a destination turned into a directory, a full disk…), the
/// files already renamed are put back as they were: each destination's previous version
/// is kept as a hard link until every rename has succeeded. A process killed part-way
/// cannot put anything back; committed with a journal (``commit(journalIn:)``), its
/// renames are finished by the next ``RenameJournal/complete(in:isRunning:)``.
public struct AtomicFileBatch: Sendable {
  private var staged: [AtomicFile] = []

  /// Creates an empty batch.
  public init() {}

  /// Stages one file; on failure every file staged so far is discarded.
  public mutating func stage(_ destination: String, _ body: (inout FileSink) throws -> Void) throws
  {
    do {
      staged.append(try AtomicFile(staging: destination, body))
    } catch {
      discard()
      throw error
    }
  }

  /// Renames every staged file into place, or, if one rename fails, none.
  public mutating func commit() throws { try commit(journalIn: nil, stoppingAfter: nil) }

  /// Renames every staged file into place, or, if one rename fails, none; a
  /// ``RenameJournal`` in `folder` (which every staged file lies in) lists the renames
  /// until the last is done, so that a kill part-way is completed by the next run.
  public mutating func commit(journalIn folder: String) throws {
    try commit(journalIn: folder, stoppingAfter: nil)
  }

  /// ``commit(journalIn:)``, with a fault injected for tests.
  ///
  /// With `renames`, the commit stops after that many renames exactly as a `SIGKILL`
  /// would stop it (the journal, the staged files and the kept previous versions left in
  /// place). Only tests pass it; no input reaches it.
  package mutating func commit(journalIn folder: String?, stoppingAfter renames: Int?) throws {
    var journal: String?
    if let folder {
      do {
        journal = try RenameJournal.write(
          staged.map { ($0.temporaryPath, $0.destination) }, in: folder)
      } catch {
        discard()
        throw error
      }
    }
    defer { staged = [] }
    var committed: [(destination: String, previous: String?)] = []
    for (offset, file) in staged.enumerated() {
      if offset == renames { return }
      let previous = Self.keepPrevious(of: file)
      do {
        try file.commit()
      } catch {
        if let journal { unlink(journal) }
        if let previous { unlink(previous) }
        for (destination, previous) in committed.reversed() {
          if let previous { rename(previous, destination) } else { unlink(destination) }
        }
        for rest in staged[(offset + 1)...] { rest.discard() }
        throw error
      }
      committed.append((file.destination, previous))
    }
    if staged.count == renames { return }
    if let journal { unlink(journal) }
    for case (_, let previous?) in committed { unlink(previous) }
  }

  /// Removes every staged file.
  public mutating func discard() {
    for file in staged { file.discard() }
    staged = []
  }

  /// A hard link to the destination's current file, next to the staged file, or nil when
  /// there is no current file.
  private static func keepPrevious(of file: AtomicFile) -> String? {
    let previous = file.temporaryPath + ".previous"
    return link(file.destination, previous) == 0 ? previous : nil
  }
}
