"""jupyter_kernel_test's protocol checks against the nns kernel, with every attribute that
applies to nns. test_pager stays skipped: nns has no pager (help prints into the cell)."""
import jupyter_kernel_test as jkt

from conftest import SIGNAL_KERNEL


class NNSKernelTests(jkt.KernelTests):
    kernel_name = SIGNAL_KERNEL
    language_name = "nns"
    file_extension = ".nns"

    code_hello_world = 'echo "hello, world"'
    # In a notebook `quit` ends nothing; it says so on stderr and the cell succeeds.
    code_stderr = "quit"
    code_generate_error = "sdg epochs=3"

    completion_samples = [
        {"text": "sg", "matches": {"sgd"}},
        {"text": "sgd ep", "matches": {"epochs="}},
        {"text": "eval t", "matches": {"test", "train"}},
        {"text": "net 784 30 10 act=re", "matches": {"relu"}},
    ]
    complete_code_samples = ["echo hi", "for x in [1, 2] { echo $x }", "sdg", "net 784 30 10; info"]
    incomplete_code_samples = ["for x in [1, 2] {", "sgd epochs=3 \\", "net [784,", 'echo "open']
    invalid_code_samples = ["}", "net [1 2]", "echo @", "30 epochs"]

    code_inspect_sample = "sgd epochs=3"

    code_display_data = [
        {"code": "net 784 30 10\nweights layer=1 grid", "mime": "image/png"},
        {"code": "net 784 10 10\nweights layer=1 neuron=3", "mime": "image/png"},
        {"code": "net 784 10 10\nweights layer=1 neuron=3", "mime": "text/html"},
    ]

    code_execute_result = [
        {"code": "[784, 30, 10]", "result": "[784, 30, 10]"},
        {"code": "let eta = 0.5; $eta", "result": "0.5"},
    ]
    code_history_pattern = "let eta*"
    supported_history_operations = ("tail", "range", "search")
