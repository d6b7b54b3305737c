#ifndef BELEG_FUZZ_DRIVER_H
#define BELEG_FUZZ_DRIVER_H

#include <stddef.h>
#include <stdint.h>

/// One fuzz input: returns 0.
typedef int (*beleg_fuzz_callback)(const uint8_t *data, size_t size);

/// Whether libFuzzer is linked in (the build used `-sanitize=fuzzer`).
int beleg_fuzz_has_libfuzzer(void);

/// Runs libFuzzer's driver (`LLVMFuzzerRunDriver`) with the command line and `callback`; only when
/// `beleg_fuzz_has_libfuzzer()` is 1.
int beleg_fuzz_run_driver(int *argc, char ***argv, beleg_fuzz_callback callback);

#endif
