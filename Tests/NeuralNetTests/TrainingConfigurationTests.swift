import Testing
import NeuralNet

struct TrainingConfigurationTests {
    @Test func bookConfigurationIsValid() throws {
        try TrainingConfiguration(epochs: 30, learningRate: 3, miniBatchSize: 10).validate()
        try TrainingConfiguration(epochs: 1, learningRate: 0.5, miniBatchSize: 1, lambda: 5,
                                  stopAfterEpochsWithoutImprovement: 10).validate()
    }

    @Test(arguments: [
        (TrainingConfiguration(epochs: 0, learningRate: 3, miniBatchSize: 10), "epochs must be at least 1 (got 0)"),
        (TrainingConfiguration(epochs: 1, learningRate: -0.5, miniBatchSize: 10),
         "learning rate η must be a positive finite number (got -0.5)"),
        (TrainingConfiguration(epochs: 1, learningRate: .infinity, miniBatchSize: 10),
         "learning rate η must be a positive finite number (got inf)"),
        (TrainingConfiguration(epochs: 1, learningRate: 3, miniBatchSize: 0), "mini-batch size m must be at least 1 (got 0)"),
        (TrainingConfiguration(epochs: 1, learningRate: 3, miniBatchSize: 10, lambda: -1),
         "L2 regularisation λ must be zero or a positive finite number (got -1.0)"),
        (TrainingConfiguration(epochs: 1, learningRate: 3, miniBatchSize: 10, stopAfterEpochsWithoutImprovement: 0),
         "early stopping needs at least 1 epoch without improvement before it stops (got 0)"),
    ])
    func badValuesAreRejectedWithAMessage(configuration: TrainingConfiguration, message: String) {
        #expect {
            try configuration.validate()
        } throws: { error in
            (error as? TrainingError)?.description == message
        }
    }
}
