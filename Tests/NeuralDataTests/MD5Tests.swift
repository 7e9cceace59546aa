import Foundation
import Testing
@testable import NeuralData

@Suite struct MD5Tests {
    @Test(arguments: [
        ("", "d41d8cd98f00b204e9800998ecf8427e"),
        ("abc", "900150983cd24fb0d6963f7d28e17f72"),
        ("message digest", "f96b697d7cb7938d525a2f31aaf161d0"),
        ("12345678901234567890123456789012345678901234567890123456789012345678901234567890",
         "57edf4a22be3c955ac49da2e2107b67a"),
    ])
    func rfc1321TestSuite(input: String, digest: String) {
        #expect(MD5.hexDigest(of: Array(input.utf8)) == digest)
    }

    @Test(arguments: DatasetFile.allCases)
    func builtInChecksumsMatchTheSharedMNISTFiles(file: DatasetFile) throws {
        let bytes = try TestData.bytes(of: TestData.mnistFile(file.fileName))
        let expected = StandardDataset.mnist.checksum(of: file)
        #expect(bytes.count == expected.bytes)
        #expect(MD5.hexDigest(of: bytes) == expected.md5)
    }
}
