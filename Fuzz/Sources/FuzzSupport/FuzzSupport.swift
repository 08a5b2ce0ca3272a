import Glibc

/// libFuzzer's driver, for programs that keep their own `main` (SwiftPM aliases `main` to
/// the module's entry point, so libFuzzer's own `main` is never linked).
@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// The closure under test; set once before the driver starts.
nonisolated(unsafe) private var target: ([UInt8]) -> Void = { _ in
  fatalError("runFuzzer(_:) was not called before libFuzzer started")
}

/// Runs libFuzzer with the process's arguments, calling `body` with each input.
public func runFuzzer(_ body: @escaping ([UInt8]) -> Void) -> Never {
  target = body
  var argc = CommandLine.argc
  var argv = CommandLine.unsafeArgv
  let status = LLVMFuzzerRunDriver(&argc, &argv, fuzzerTestOneInput)
  exit(status)
}

/// libFuzzer's entry point, required by its runtime when linked whole; it forwards to the
/// closure that ``runFuzzer(_:)`` installed.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  target(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
  return 0
}
