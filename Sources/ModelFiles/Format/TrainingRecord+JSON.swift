extension TrainingRecord {
    /// Writes the record as a multi-line object: hyper-parameters one per line, then
    /// `epochRecords` one epoch per line. Field names are those of docs/model-format.md.
    func write(to writer: inout JSONWriter) {
        writer.openObject(multiline: true)
        writer.key("epochs"); writer.integer(epochs)
        writer.key("learningRate"); writer.finiteOrString(learningRate)
        writer.key("miniBatchSize"); writer.integer(miniBatchSize)
        writer.key("lambda"); writer.finiteOrString(lambda)
        writer.key("stopAfter")
        if let stopAfter { writer.integer(stopAfter) } else { writer.null() }
        writer.key("trainingSet"); writer.string(trainingSet)
        writer.key("trainingCount"); writer.integer(trainingCount)
        writer.key("ending"); writer.string(ending)
        writer.key("epochRecords")
        writer.openArray(multiline: true)
        for record in epochRecords {
            writer.openObject(multiline: false)
            writer.key("epoch"); writer.integer(record.epoch)
            writer.key("seconds"); writer.finiteOrString(record.seconds)
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
            writer.closeObject()
        }
        writer.closeArray()
        writer.closeObject()
    }

    /// The record in `field` (an object as `write(to:)` writes it; `stopAfter` may be absent).
    init(field: ModelField) throws(ModelFileProblem) {
        let epochRecords = try field.member("epochRecords").elements().map { (epoch) throws(ModelFileProblem) in
            Epoch(epoch: try epoch.member("epoch").integer(), seconds: try epoch.member("seconds").real(),
                  results: try epoch.member("results").elements().map { (result) throws(ModelFileProblem) in
                      SetResult(name: try result.member("name").string(), correct: try result.member("correct").integer(),
                                total: try result.member("total").integer(), cost: try result.member("cost").real())
                  })
        }
        self.init(epochs: try field.member("epochs").integer(),
                  learningRate: try field.member("learningRate").real(),
                  miniBatchSize: try field.member("miniBatchSize").integer(),
                  lambda: try field.member("lambda").real(),
                  stopAfter: try field.optionalMember("stopAfter")?.integer(),
                  trainingSet: try field.member("trainingSet").string(),
                  trainingCount: try field.member("trainingCount").integer(),
                  epochRecords: epochRecords,
                  ending: try field.member("ending").string())
    }
}
