import Foundation
import NeuralNet
import Testing
@testable import ModelFiles

/// The exact text `save` writes: the layout docs/model-format.md promises.
@Suite struct ModelDocumentFormatTests {
    @Test func tinyDocumentIsWrittenExactlyAsDocumented() throws {
        let text = String(decoding: try Fixtures.tinyDocument().jsonBytes(), as: UTF8.self)
        #expect(text == """
            {
              "format": "nns-model",
              "formatVersion": 1,
              "nnsVersion": "0.1.0",
              "created": "2025-06-01T12:00:00Z",
              "seed": 42,
              "sizes": [3, 2, 2],
              "activations": ["sigmoid", "softmax"],
              "cost": "log-likelihood",
              "history": [
                {
                  "epochs": 3,
                  "learningRate": 0.1,
                  "miniBatchSize": 10,
                  "lambda": 5.0,
                  "stopAfter": null,
                  "trainingSet": "train",
                  "trainingCount": 50000,
                  "ending": "stopped early",
                  "epochRecords": [
                    {"epoch": 0, "seconds": 1.25, "results": [{"name": "test", "correct": 9012, "total": 10000, "cost": 0.4375}, {"name": "train", "correct": 45100, "total": 50000, "cost": 0.3}]},
                    {"epoch": 1, "seconds": 1.5, "results": [{"name": "test", "correct": 9300, "total": 10000, "cost": 0.25}, {"name": "train", "correct": 47000, "total": 50000, "cost": 0.2}]}
                  ]
                }
              ],
              "biases": [
                [0.1, -0.1],
                [0.0, 0.5]
              ],
              "weights": [
                [
                  [0.5, -0.25, 1.0],
                  [0.1, 0.2, 0.3]
                ],
                [
                  [1.5, -2.0],
                  [0.0, 3.25]
                ]
              ]
            }

            """)
    }

    @Test func optionalFieldsAreLeftOutWhenUnknown() throws {
        let document = ModelDocument(network: try Fixtures.tinyNetwork(), nnsVersion: "0.1.0")
        let text = String(decoding: document.jsonBytes(), as: UTF8.self)
        #expect(!text.contains("\"seed\""))
        #expect(!text.contains("\"created\""))
        #expect(text.contains("\"history\": [],"))
    }

    @Test func foundationJSONReadsTheFile() throws {
        let object = try JSONSerialization.jsonObject(with: Data(try Fixtures.tinyDocument().jsonBytes()))
        let root = try #require(object as? [String: Any])
        #expect(root["sizes"] as? [Int] == [3, 2, 2])
        let weights = try #require(root["weights"] as? [[[Double]]])
        #expect(weights[1] == [[1.5, -2.0], [0.0, 3.25]])
    }
}
