import ClaimGraphCLI

ClaimGraphCommand.runAndExit()
