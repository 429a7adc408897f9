import Foundation
import ReckonCLI

/// The `reckon` executable: hands the command line to ``ReckonCommand``.
@main
enum ReckonMain {
    static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let status = FastPath.run(arguments) { exit(status) }
        if let message = ReckonCommand.unknownSubcommand(arguments) {
            FileHandle.standardError.write(Data(message.utf8))
            exit(2)
        }
        await ReckonCommand.main(nil)
    }
}
