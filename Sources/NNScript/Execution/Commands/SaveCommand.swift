import Foundation
import ModelFiles

/// `save PATH`: writes the current network, the session's training history, its seed and the
/// nns version as an nns JSON model file (docs/model-format.md), and says what it wrote:
/// `saved book.json (298 KB): 784 → 30 sigmoid → 10 sigmoid · quadratic cost, 2 sgd runs (5 epochs), seed 7`.
///
/// The file is replaced atomically (`ModelFile.save`): a failed or interrupted save leaves any
/// file already there as it was. A relative path starts in the session's current directory;
/// `~` is the home directory. The session is not changed.
struct SaveCommand: CommandExecutor {
    func execute(_ context: inout CommandContext) throws(Diagnostic) {
        let network = try context.requireNetwork()
        let (written, path) = context.filePath("path")
        let session = context.session
        let document = ModelDocument(network: network, history: session.history, seed: session.seed,
                                     nnsVersion: NNSVersion.current, created: Date())
        do {
            try ModelFile.save(document, to: path)
        } catch {
            throw context.failure(error, writtenAs: written, at: "path")
        }
        context.say("saved \(written) (\(CommandContext.sizeText(ofFileAt: path))): \(network.shapeDescription) · "
                    + "\(network.cost.rawValue) cost, \(session.history.runsAndEpochs), seed \(session.seed)")
    }
}
