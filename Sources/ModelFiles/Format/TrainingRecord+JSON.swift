import NeuralNet

extension TrainingRecord {
    /// Writes the record as a multi-line object: hyper-parameters one per line, then
    /// `epochRecords` one epoch per line. Field names are those of docs/model-format.md.
    func write(to writer: inout JSONWriter) {
        writer.openObject(multiline: true)
        writer.key("epochs"); writer.integer(epochs)
        writer.key("learningRate"); writer.finiteOrString(learningRate)
        writer.key("miniBatchSize"); writer.integer(miniBatchSize)
        writer.key("lambda"); writer.finiteOrString(lambda)
        writer.key("momentum"); writer.finiteOrString(momentum)
        writer.key("stopAfter")
        if let stopAfter { writer.integer(stopAfter) } else { writer.null() }
        writer.key("schedulePatience")
        if let schedulePatience { writer.integer(schedulePatience) } else { writer.null() }
        writer.key("threads"); writer.integer(threads)
        writer.key("trainingSet"); writer.string(trainingSet)
        writer.key("trainingCount"); writer.integer(trainingCount)
        writer.key("ending"); writer.string(ending)
        if let speedLayers {
            writer.key("speedLayers"); writer.integerArray(speedLayers)
        }
        if let initialSpeeds {
            writer.key("initialSpeeds"); writer.realArray(initialSpeeds)
        }
        writer.key("epochRecords")
        writer.openArray(multiline: true)
        for record in epochRecords {
            writer.openObject(multiline: false)
            writer.key("epoch"); writer.integer(record.epoch)
            writer.key("seconds"); writer.finiteOrString(record.seconds)
            if let learningRate = record.learningRate {
                writer.key("learningRate"); writer.finiteOrString(learningRate)
            }
            writer.key("results")
            writer.openArray(multiline: false)
            for result in record.results {
                writer.openObject(multiline: false)
                writer.key("name"); writer.string(result.name)
                writer.key("correct"); writer.integer(result.correct)
                writer.key("total"); writer.integer(result.total)
                writer.key("cost"); writer.finiteOrString(result.cost)
                writer.closeObject()
            }
            writer.closeArray()
            if let speeds = record.learningSpeeds {
                writer.key("learningSpeeds"); writer.realArray(speeds)
            }
            writer.closeObject()
        }
        writer.closeArray()
        writer.closeObject()
    }

    /// The endings a run can have, as `TrainingRecord.ending` spells them.
    static let endings = ["completed", "stopped early", "schedule finished", "cancelled", "diverged"]

    /// The record in `field` (an object as `write(to:)` writes it; `stopAfter` may be absent),
    /// every value checked against what a run can produce: at least one epoch asked for, a
    /// positive finite η, m ≥ 1, a finite λ ≥ 0, stop-after ≥ 1, a training set of at least one
    /// image, a known ending, at most `epochs` epoch records numbered upwards from 0 below
    /// `epochs`, finite non-negative seconds, and results with 0 ≤ correct ≤ total and a cost
    /// that is not negative. The fields added with format 2 are optional (files written before
    /// them open with their defaults: μ = 0, no schedule, 1 thread, no speeds) and checked when
    /// present: 0 ≤ μ < 1, patience ≥ 1, 1 ≤ threads ≤ `TrainingConfiguration.maximumThreads`,
    /// speed layers increasing from 1, one speed per speed layer (not negative) before the
    /// first epoch and in each epoch, an epoch's η finite and > 0.
    init(field: ModelField) throws(ModelFileProblem) {
        let epochs = try field.member("epochs").integer(atLeast: 1, "a run asks for at least one epoch")
        let speedLayers = try Self.speedLayers(field.optionalMember("speedLayers"))
        let speedCount = speedLayers?.count
        let initialSpeeds = try field.optionalMember("initialSpeeds").map { (speeds) throws(ModelFileProblem) in
            try speeds.learningSpeeds(count: speedCount)
        }
        let records = try field.member("epochRecords").elements()
        guard records.count <= epochs else {
            throw .wrongShape(field: field.childPath("epochRecords"), expected: "at most \(counted(epochs, "epoch"))",
                              found: counted(records.count, "epoch"), reason: "the run asked for epochs = \(epochs)")
        }
        var previous = -1
        var epochRecords: [Epoch] = []
        for epoch in records {
            let number = try epoch.member("epoch").integer(atLeast: previous + 1, "epochs are numbered upwards from 0")
            guard number < epochs else {
                throw .invalidValue(field: epoch.childPath("epoch"),
                                    problem: "is \(number), but the run had epochs 0 to \(epochs - 1) (epochs = \(epochs))")
            }
            previous = number
            let seconds = try epoch.member("seconds").real(Double.self)
            guard seconds.isFinite, seconds >= 0 else {
                throw .invalidValue(field: epoch.childPath("seconds"), problem: "is \(seconds); a duration is a finite number ≥ 0")
            }
            let results = try epoch.member("results").elements().map { (result) throws(ModelFileProblem) in
                try SetResult(field: result)
            }
            let rate = try epoch.optionalMember("learningRate").map { (rate) throws(ModelFileProblem) in
                try rate.learningRate()
            }
            let speeds = try epoch.optionalMember("learningSpeeds").map { (speeds) throws(ModelFileProblem) in
                try speeds.learningSpeeds(count: speedCount)
            }
            epochRecords.append(Epoch(epoch: number, seconds: seconds, results: results, learningRate: rate,
                                      learningSpeeds: speeds))
        }
        let learningRate = try field.member("learningRate").learningRate()
        let momentum = try field.optionalMember("momentum")?.real(Float.self) ?? 0
        guard momentum.isFinite, momentum >= 0, momentum < 1 else {
            throw .invalidValue(field: field.childPath("momentum"), problem: "is \(momentum); μ is at least 0 and below 1")
        }
        let threads = try field.optionalMember("threads")?.integer(atLeast: 1, "a run uses at least one thread") ?? 1
        guard threads <= TrainingConfiguration.maximumThreads else {
            throw .invalidValue(field: field.childPath("threads"),
                                problem: "is \(threads); nns uses at most \(TrainingConfiguration.maximumThreads) threads")
        }
        let lambda = try field.member("lambda").real(Float.self)
        guard lambda.isFinite, lambda >= 0 else {
            throw .invalidValue(field: field.childPath("lambda"), problem: "is \(lambda); λ is a finite number ≥ 0")
        }
        let ending = try field.member("ending").string()
        guard Self.endings.contains(ending) else {
            throw .invalidValue(field: field.childPath("ending"), problem: "is \"\(ending)\", not one of "
                                + Self.endings.map { "\"\($0)\"" }.joined(separator: ", "))
        }
        let trainingSet = try field.member("trainingSet").string()
        guard !trainingSet.isEmpty else {
            throw .invalidValue(field: field.childPath("trainingSet"), problem: "is empty; it names the set trained on")
        }
        self.init(epochs: epochs,
                  learningRate: learningRate,
                  miniBatchSize: try field.member("miniBatchSize").integer(atLeast: 1, "m is at least 1"),
                  lambda: lambda,
                  stopAfter: try field.optionalMember("stopAfter")?.integer(atLeast: 1, "stop-after is at least 1"),
                  trainingSet: trainingSet,
                  trainingCount: try field.member("trainingCount").integer(atLeast: 1, "training needs at least one image"),
                  epochRecords: epochRecords,
                  ending: ending,
                  momentum: momentum,
                  schedulePatience: try field.optionalMember("schedulePatience")?
                      .integer(atLeast: 1, "the schedule's patience is at least 1 epoch"),
                  threads: threads,
                  speedLayers: speedLayers,
                  initialSpeeds: initialSpeeds)
    }

    /// `speedLayers`: 1-based layer positions, increasing.
    private static func speedLayers(_ field: ModelField?) throws(ModelFileProblem) -> [Int]? {
        guard let field else { return nil }
        var layers: [Int] = []
        for layer in try field.elements() {
            let previous = layers.last ?? 0
            layers.append(try layer.integer(atLeast: previous + 1, previous == 0 ? "layers are numbered from 1"
                                            : "the layers are listed once each, bottom first"))
        }
        return layers
    }

    /// Checks that every speed layer of the record in `field` is a layer of a network of
    /// `layerCount` layers (the network the history belongs to).
    func checkSpeedLayers(in field: ModelField, layerCount: Int) throws(ModelFileProblem) {
        guard let speedLayers, let index = speedLayers.firstIndex(where: { $0 > layerCount }) else { return }
        throw .invalidValue(field: "\(field.childPath("speedLayers"))[\(index)]",
                            problem: "is \(speedLayers[index]), but the network has \(counted(layerCount, "layer"))")
    }
}

extension ModelField {
    /// η: a finite number > 0.
    fileprivate func learningRate() throws(ModelFileProblem) -> Float {
        let rate = try real(Float.self)
        guard rate.isFinite, rate > 0 else { throw .invalidValue(field: path, problem: "is \(rate); η is a finite number > 0") }
        return rate
    }

    /// Speeds of learning ‖∂C/∂b^l‖: one per speed layer of the run (`count`, nil when the run
    /// lists none), none negative (NaN and ∞, written as strings, are kept: a diverging run can
    /// produce them).
    fileprivate func learningSpeeds(count: Int?) throws(ModelFileProblem) -> [Double] {
        let reason = count == nil ? "the run lists no speedLayers" : "one speed per layer in speedLayers"
        let values = try elements(count: count ?? 0, unit: "speed", reason: reason)
        var speeds: [Double] = []
        for value in values {
            let speed = try value.real(Double.self)
            guard !(speed < 0) else { throw .invalidValue(field: value.path, problem: "is \(speed); a speed of learning is never negative") }
            speeds.append(speed)
        }
        return speeds
    }
}

extension TrainingRecord.SetResult {
    /// One set's result at the end of an epoch, checked: a name, 0 ≤ correct ≤ total, cost not negative.
    init(field: ModelField) throws(ModelFileProblem) {
        let name = try field.member("name").string()
        guard !name.isEmpty else { throw .invalidValue(field: field.childPath("name"), problem: "is empty; it names a data set") }
        let total = try field.member("total").integer(atLeast: 0, "a count is not negative")
        let correct = try field.member("correct").integer(atLeast: 0, "a count is not negative")
        guard correct <= total else {
            throw .invalidValue(field: field.childPath("correct"),
                                problem: "is \(correct), more than the \(total) images evaluated (total)")
        }
        let cost = try field.member("cost").real(Double.self)
        guard !(cost < 0) else {
            throw .invalidValue(field: field.childPath("cost"), problem: "is \(cost); a cost is never negative")
        }
        self.init(name: name, correct: correct, total: total, cost: cost)
    }
}
