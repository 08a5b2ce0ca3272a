import Foundation

/// The renames an ``AtomicFileBatch`` is about to make, written down before the first so
/// that a batch killed part-way (`SIGKILL`, a power cut of the process) is completed by
/// the next run instead of leaving its folder half old, half new.
///
/// The journal is `.claimgraph-journal-PID` in the batch's folder (PID the writing
/// process's id), written atomically once every file is staged and removed after the
/// last rename. ``complete(in:isRunning:)`` finishes the journals of processes that are
/// gone: it renames each staged file still there into place, in order. Every staged file
/// was complete before the journal was written, so finishing is always possible.
///
/// A journal is input like any other (it could be committed to a repository): each entry
/// must be a relative path inside the folder, without `.` or `..`, through real folders
/// (no symbolic link), and name a staged temporary of its destination
/// (`.NAME.tmp-PID-XXXXXX` beside `NAME`); anything else is refused and nothing is renamed.
/// A staged file whose destination was modified after the journal was written (a later
/// run rewrote it) is removed instead of renamed, so an old journal never brings back
/// older files.
public enum RenameJournal {
  /// The journals' name prefix; the writing process's id follows.
  static let prefix = ".claimgraph-journal-"
  /// The journal's first field, saying what the file is.
  private static let header = "claimgraph rename journal 1"

  /// Writes the journal of `renames` (temporary → destination, each inside `folder`) and
  /// returns its path.
  static func write(_ renames: [(temporary: String, destination: String)], in folder: String)
    throws -> String
  {
    let path = "\(folder)/\(prefix)\(getpid())"
    var fields = [header]
    for (temporary, destination) in renames {
      fields.append(try relative(temporary, to: folder))
      fields.append(try relative(destination, to: folder))
    }
    try AtomicFile.write(fields.map { $0 + "\0" }.joined(), to: path)
    return path
  }

  /// Whether `folder` holds the journal of an interrupted batch (its process gone).
  public static func hasInterrupted(in folder: String) -> Bool {
    !journals(in: folder, isRunning: processIsRunning).isEmpty
  }

  /// Completes the batches of `folder` whose process was killed while renaming.
  ///
  /// Renames their staged files into place, removes what they kept of the previous
  /// files, then the journal; the oldest journal first. Returns the paths renamed into
  /// place.
  ///
  /// - Parameters:
  ///   - folder: the folder whose journals to complete.
  ///   - isRunning: whether a process id names a live process (a journal of a live
  ///     process is a batch still committing, and is left alone).
  /// - Throws: ``FileError`` when a journal is not one ClaimGraph wrote, or a rename fails.
  @discardableResult
  public static func complete(
    in folder: String, isRunning: (Int32) -> Bool = processIsRunning
  ) throws -> [String] {
    var renamed: [String] = []
    for journal in journals(in: folder, isRunning: isRunning) {
      let renames = try read(journal, in: folder)
      let written = modificationTime(journal) ?? 0
      for (temporary, destination) in renames {
        var status = stat()
        if lstat(temporary, &status) == 0 {
          // A destination written after the journal (by a later run, while this journal's
          // process id was someone else's) is newer than what is staged: left as it is.
          if status.st_mode & S_IFMT != S_IFREG
            || modificationTime(destination).map({ $0 > written }) == true
          {
            unlink(temporary)
          } else if rename(temporary, destination) == 0 {
            renamed.append(destination)
          } else if errno != ENOENT {  // ENOENT: a concurrent run completed it first
            throw FileError(path: destination, reason: String(cString: strerror(errno)))
          }
        }
        unlink(temporary + ".previous")
      }
      unlink(journal)
    }
    return renamed
  }

  /// When the entry at `path` (not a symbolic link's target) was last modified, or nil.
  private static func modificationTime(_ path: String) -> Double? {
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    return (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970
  }

  /// Whether a process with this id is running (or exists under another user).
  public static func processIsRunning(_ pid: Int32) -> Bool {
    kill(pid, 0) == 0 || errno != ESRCH
  }

  /// The journals in `folder` whose process is gone, oldest first.
  private static func journals(in folder: String, isRunning: (Int32) -> Bool) -> [String] {
    guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
      return []
    }
    var found: [(path: String, time: Double)] = []
    for entry in entries where entry.hasPrefix(prefix) {
      guard let pid = Int32(entry.dropFirst(prefix.count)), pid > 0, !isRunning(pid) else {
        continue
      }
      let path = "\(folder)/\(entry)"
      var status = stat()
      guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
        let time = modificationTime(path)
      else { continue }
      found.append((path, time))
    }
    return found.sorted { ($0.time, $0.path) < ($1.time, $1.path) }.map(\.path)
  }

  /// The renames a journal lists, as paths, each checked.
  private static func read(_ journal: String, in folder: String) throws
    -> [(temporary: String, destination: String)]
  {
    func refuse(_ why: String) -> FileError {
      FileError(
        path: journal,
        reason: "it is not a rename journal ClaimGraph wrote (\(why)); remove it")
    }
    guard let data = FileManager.default.contents(atPath: journal), data.count < 1 << 24 else {
      throw refuse("unreadable or too large")
    }
    var fields = data.split(separator: 0, omittingEmptySubsequences: false).map {
      String(decoding: $0, as: UTF8.self)
    }
    guard fields.last == "", fields.first == header else { throw refuse("no header") }
    fields.removeFirst()
    fields.removeLast()
    guard fields.count % 2 == 0 else { throw refuse("an odd number of paths") }
    var renames: [(temporary: String, destination: String)] = []
    for index in stride(from: 0, to: fields.count, by: 2) {
      let (temporary, destination) = (fields[index], fields[index + 1])
      let parts = destination.split(separator: "/", omittingEmptySubsequences: false)
      let stem = parts.dropLast().map { $0 + "/" }.joined() + ".\(parts.last ?? "").tmp-"
      guard parts.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." }),
        temporary.hasPrefix(stem),
        AtomicFile.hasTemporaryShape(temporary.dropFirst(stem.count))
      else { throw refuse("'\(destination)' is not a path inside its folder") }
      var inside = folder
      for part in parts.dropLast() {
        inside += "/" + part
        var status = stat()
        guard lstat(inside, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else {
          throw refuse("'\(inside)' is not a folder")
        }
      }
      renames.append(("\(folder)/\(temporary)", "\(folder)/\(destination)"))
    }
    return renames
  }

  /// `path` relative to `folder`, which it must lie in (either may be relative to the
  /// working directory).
  private static func relative(_ path: String, to folder: String) throws -> String {
    let (file, inside) = (absolute(path), absolute(folder))
    guard file.hasPrefix(inside + "/") else {
      throw FileError(path: path, reason: "it lies outside the batch's folder \(folder)")
    }
    return String(file.dropFirst(inside.count + 1))
  }

  private static func absolute(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.path
  }
}
