#include "fuzz_driver.h"

// Provided by libFuzzer when the executable is built with `-sanitize=fuzzer`; weak, so that an ordinary build
// links too (the symbol is then NULL and the executable replays inputs from files instead).
extern int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size))
    __attribute__((weak));

int beleg_fuzz_has_libfuzzer(void) {
    return LLVMFuzzerRunDriver != NULL;
}

int beleg_fuzz_run_driver(int *argc, char ***argv, beleg_fuzz_callback callback) {
    if (LLVMFuzzerRunDriver == NULL) {
        return -1;
    }
    return LLVMFuzzerRunDriver(argc, argv, callback);
}
