#ifndef SALESOPS_FORMAT_H
#define SALESOPS_FORMAT_H

#include <stddef.h>

/// snprintf(buffer, size, format, value) for a format with one double conversion: Swift reaches
/// C's variadic printf only through a va_list it builds per call, which cost more than the
/// formatting itself when a report prints hundreds of thousands of numbers.
int salesops_format_double(char *buffer, size_t size, const char *format, double value);

#endif
