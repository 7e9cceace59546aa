import Foundation
import Testing
import TestSupport
@testable import NNSKernel

@Suite struct KernelSpecTests {
    @Test func kernelJSONStartsThisBinaryWithTheConnectionFile() throws {
        let spec = try KernelSpec(executable: "/opt/nns/bin/nns", interruptMode: .message)
        #expect(spec.kernelJSON["argv"] == ["/opt/nns/bin/nns", "kernel", "-f", "{connection_file}"])
        #expect(spec.kernelJSON["display_name"] == "nns" && spec.kernelJSON["language"] == "nns")
        #expect(spec.kernelJSON["interrupt_mode"] == "message")
        #expect(try KernelSpec(name: "nns-dev", executable: "/x").displayName == "nns (nns-dev)")
        #expect(throws: KernelSpecError.badName("my kernel")) { try KernelSpec(name: "my kernel", executable: "/x") }
    }

    @Test func installWritesKernelJSONAndTwoLogosAndUninstallRemovesThem() throws {
        let scratch = try ScratchDirectory()
        let kernels = scratch.path + "/share/jupyter/kernels"
        let directory = try KernelSpec(executable: "/opt/nns").install(in: kernels)
        #expect(directory == kernels + "/nns")
        let json = try JSON(parsing: Array(try Data(contentsOf: URL(fileURLWithPath: directory + "/kernel.json"))))
        #expect(json["argv"]?.array?.first == "/opt/nns")
        for side in [32, 64] {
            let png = Array(try Data(contentsOf: URL(fileURLWithPath: directory + "/logo-\(side)x\(side).png")))
            #expect(Array(png[16..<24]) == [0, 0, 0, UInt8(side), 0, 0, 0, UInt8(side)])
        }
        try KernelSpec(executable: "/opt/nns-2").install(in: kernels)  // replaces
        #expect(try JSON(parsing: Array(try Data(contentsOf: URL(fileURLWithPath: directory + "/kernel.json"))))["argv"]?.array?.first == "/opt/nns-2")
        try KernelSpec.uninstall(name: "nns", from: kernels)
        #expect(!FileManager.default.fileExists(atPath: directory))
        #expect(throws: KernelSpecError.notInstalled(name: "nns", directory: kernels)) { try KernelSpec.uninstall(name: "nns", from: kernels) }
    }

    @Test func theUserDirectoryFollowsJupytersRules() {
        #expect(KernelSpec.kernelsDirectory(.user, environment: ["JUPYTER_DATA_DIR": "/j", "HOME": "/h"]) == "/j/kernels")
        #expect(KernelSpec.kernelsDirectory(.user, environment: ["XDG_DATA_HOME": "/x", "HOME": "/h"]) == "/x/jupyter/kernels")
        #expect(KernelSpec.kernelsDirectory(.user, environment: ["HOME": "/h"]) == "/h/.local/share/jupyter/kernels")
        #expect(KernelSpec.kernelsDirectory(.prefix("/venv"), environment: [:]) == "/venv/share/jupyter/kernels")
    }
}
