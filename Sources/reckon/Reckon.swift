import Foundation
import ReckonCLI

/// The `reckon` executable: hands the command line to ``ReckonCommand``.
@main
enum ReckonMain {
    static func main() async {
        if let message = ReckonCommand.unknownSubcommand(Array(CommandLine.arguments.dropFirst())) {
            FileHandle.standardError.write(Data(message.utf8))
            exit(2)
        }
        await ReckonCommand.main(nil)
    }
}
