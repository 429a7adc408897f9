import ReckonCLI

/// The `reckon` executable: hands the command line to ``ReckonCommand``.
@main
enum ReckonMain {
    static func main() async {
        await ReckonCommand.main(nil)
    }
}
