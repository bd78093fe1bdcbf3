#ifndef SALESOPS_KERNELS_H
#define SALESOPS_KERNELS_H

#include <stddef.h>

/// snprintf(buffer, size, format, value) for a format with one double conversion: Swift reaches
/// C's variadic printf only through a va_list it builds per call, which cost more than the
/// formatting itself when a report prints hundreds of thousands of numbers.
int salesops_format_double(char *buffer, size_t size, const char *format, double value);

/// TOPSIS distances of every alternative for 8 weight samples at once, with 256-bit vectors when
/// the processor has AVX. `squared_weights` holds `width` groups of 8 (sample lanes), `gaps` each
/// alternative's `width` pairs of squared gaps (to the ideal, to the anti-ideal); `plus` and
/// `minus` receive 8 distances per alternative. Each lane is a multiply then an add per
/// criterion, in criterion order, then a square root, exactly as Swift's `SIMD8<Double>` loop
/// computes it, so the results are equal bit for bit. Returns 0, writing nothing, without AVX.
int salesops_topsis_distances8(const double *squared_weights, const double *gaps, size_t alternatives, size_t width,
                               double *plus, double *minus);

#endif
