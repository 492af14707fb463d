#pragma once

// What a worker process may take to start, on top of a run's ideal. Release builds start
// in 10-30 ms (two at once about 60 ms on a slow machine); a build with AddressSanitizer
// loads and maps far more and takes about 170 ms. Start-up speed itself is measured by
// bench_parallel, not asserted here.
#if defined(__SANITIZE_ADDRESS__)
inline constexpr double workerStartUpAllowanceMs = 320;
#else
inline constexpr double workerStartUpAllowanceMs = 80;
#endif
