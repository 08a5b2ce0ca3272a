#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The processor time this process has used so far, on all its threads (user + system), and
/// that of the children it has waited for (a floor stage's `xmllint`).
///
/// Read before and after a stage: the difference beside the wall time shows how much of
/// the stage ran in parallel (on two cores, up to twice the wall time).
enum ProcessorTime {
  static var seconds: Double {
    #if canImport(Glibc)
      let (this, children) = (RUSAGE_SELF.rawValue, RUSAGE_CHILDREN.rawValue)
      return used(by: __rusage_who_t(this)) + used(by: __rusage_who_t(children))
    #else
      return used(by: RUSAGE_SELF) + used(by: RUSAGE_CHILDREN)
    #endif
  }

  #if canImport(Glibc)
    private typealias Who = __rusage_who_t
  #else
    private typealias Who = Int32
  #endif

  private static func used(by who: Who) -> Double {
    var usage = rusage()
    guard getrusage(who, &usage) == 0 else { return 0 }
    return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) * 1e-6
      + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) * 1e-6
  }
}
