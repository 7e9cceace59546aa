import Foundation
import NeuralNet
import TestSupport
import Testing
@testable import ModelFiles

/// The exact text `save` writes: the layout docs/model-format.md promises, whose examples are
/// these very texts.
@Suite struct ModelDocumentFormatTests {
    /// The ```json blocks of docs/model-format.md, in order.
    static func documentedExamples() throws -> [String] {
        let url = RealData.packageRoot.appendingPathComponent("docs/model-format.md")
        let document = try String(contentsOf: url, encoding: .utf8)
        return document.components(separatedBy: "```json\n").dropFirst().compactMap {
            $0.components(separatedBy: "```").first
        }
    }

    static let tinyConvText = """
        {
          "format": "nns-model",
          "formatVersion": 2,
          "nnsVersion": "0.2.0",
          "created": "2025-06-01T12:00:00Z",
          "seed": 42,
          "input": [6, 6, 1],
          "cost": "log-likelihood",
          "layers": [
            {"kind": "convolution", "maps": 2, "kernel": 3, "activation": "relu", "output": [4, 4, 2]},
            {"kind": "max-pooling", "pool": 2, "output": [2, 2, 2]},
            {"kind": "dropout", "rate": 0.5, "output": [2, 2, 2]},
            {"kind": "fully-connected", "neurons": 2, "activation": "softmax", "output": [2]}
          ],
          "history": [
            {
              "epochs": 3,
              "learningRate": 0.1,
              "miniBatchSize": 10,
              "lambda": 5.0,
              "momentum": 0.9,
              "stopAfter": null,
              "schedulePatience": 10,
              "threads": 2,
              "trainingSet": "train",
              "trainingCount": 50000,
              "ending": "schedule finished",
              "speedLayers": [1, 4],
              "initialSpeeds": [0.01, 0.3],
              "epochRecords": [
                {"epoch": 0, "seconds": 1.25, "learningRate": 0.1, "results": [{"name": "validation", "correct": 9012, "total": 10000, "cost": 0.4375}], "learningSpeeds": [0.012, 0.283]},
                {"epoch": 1, "seconds": 1.5, "learningRate": 0.05, "results": [{"name": "validation", "correct": 9300, "total": 10000, "cost": 0.25}], "learningSpeeds": [0.02, 0.25]}
              ]
            }
          ],
          "parameters": [
            {
              "layer": 1,
              "biases": [0.1, -0.1],
              "weights": [
                [0.5, -0.25, 1.0, 0.1, 0.2, 0.3, 0.0, -0.5, 0.25],
                [1.5, -2.0, 0.0, 3.25, 0.5, -1.0, 0.75, 0.0, 0.125]
              ]
            },
            {
              "layer": 4,
              "biases": [0.0, 0.5],
              "weights": [
                [1.0, -1.0, 0.5, 0.0, 0.25, -0.25, 2.0, -2.0],
                [-0.5, 2.0, 0.0, 1.5, -1.0, 0.75, 0.5, 0.125]
              ]
            }
          ]
        }

        """

    @Test func convolutionalDocumentIsWrittenExactlyAsDocumented() throws {
        let text = String(decoding: try Fixtures.tinyConvDocument().jsonBytes(), as: UTF8.self)
        #expect(text == Self.tinyConvText)
        #expect(try Self.documentedExamples().first == Self.tinyConvText, "docs/model-format.md's first example")
    }

    @Test func theVersion1ExampleIsWhatNNSWroteBeforeVersion2() throws {
        #expect(try Self.documentedExamples().dropFirst().first == Fixtures.version1Text)
    }

    @Test func fullyConnectedNetworksAreWrittenAsFormat2Too() throws {
        let text = String(decoding: try Fixtures.tinyDocument().jsonBytes(), as: UTF8.self)
        #expect(text.hasPrefix("""
            {
              "format": "nns-model",
              "formatVersion": 2,
              "nnsVersion": "0.1.0",
              "created": "2025-06-01T12:00:00Z",
              "seed": 42,
              "input": [3],
              "cost": "log-likelihood",
              "layers": [
                {"kind": "fully-connected", "neurons": 2, "activation": "sigmoid", "output": [2]},
                {"kind": "fully-connected", "neurons": 2, "activation": "softmax", "output": [2]}
              ],
            """))
        #expect(text.hasSuffix("""
              "parameters": [
                {
                  "layer": 1,
                  "biases": [0.1, -0.1],
                  "weights": [
                    [0.5, -0.25, 1.0],
                    [0.1, 0.2, 0.3]
                  ]
                },
                {
                  "layer": 2,
                  "biases": [0.0, 0.5],
                  "weights": [
                    [1.5, -2.0],
                    [0.0, 3.25]
                  ]
                }
              ]
            }

            """))
        #expect(!text.contains("\"sizes\""), "format 2 has no sizes")
    }

    @Test func aDocumentReadFromVersion1IsSavedAsVersion2() throws {
        var document = try Fixtures.tinyDocument()
        document.formatVersion = 1
        #expect(String(decoding: document.jsonBytes(), as: UTF8.self).contains("\"formatVersion\": 2,"))
    }

    @Test func optionalFieldsAreLeftOutWhenUnknown() throws {
        let document = ModelDocument(network: try Fixtures.tinyNetwork(), nnsVersion: "0.1.0")
        let text = String(decoding: document.jsonBytes(), as: UTF8.self)
        #expect(!text.contains("\"seed\""))
        #expect(!text.contains("\"created\""))
        #expect(text.contains("\"history\": [],"))
        let history = String(decoding: try Fixtures.tinyDocument().jsonBytes(), as: UTF8.self)
        #expect(!history.contains("speedLayers") && !history.contains("initialSpeeds") && !history.contains("learningSpeeds"))
        #expect(history.contains("\"schedulePatience\": null,"))
    }

    @Test func foundationJSONReadsTheFile() throws {
        let object = try JSONSerialization.jsonObject(with: Data(try Fixtures.tinyConvDocument().jsonBytes()))
        let root = try #require(object as? [String: Any])
        #expect(root["input"] as? [Int] == [6, 6, 1])
        let layers = try #require(root["layers"] as? [[String: Any]])
        #expect(layers.map { $0["kind"] as? String } == ["convolution", "max-pooling", "dropout", "fully-connected"])
        let parameters = try #require(root["parameters"] as? [[String: Any]])
        #expect(parameters.map { $0["layer"] as? Int } == [1, 4])
        let weights = try #require(parameters[1]["weights"] as? [[Double]])
        #expect(weights[1] == [-0.5, 2.0, 0.0, 1.5, -1.0, 0.75, 0.5, 0.125])
    }
}
