#include <stdio.h>

#include "salesops_format.h"

int salesops_format_double(char *buffer, size_t size, const char *format, double value) {
    return snprintf(buffer, size, format, value);
}
