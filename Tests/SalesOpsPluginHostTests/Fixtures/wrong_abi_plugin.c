/* A plugin built for a future ABI version the host does not speak. */
#include "salesops_plugin.h"
#include <stddef.h>

static const salesops_plugin_table table = {
    99, "{\"id\":\"fixture-future\",\"version\":\"9.0.0\",\"abiVersion\":99,\"capabilities\":[]}", NULL, NULL, NULL};

const salesops_plugin_table *salesops_plugin_entry(uint32_t host_abi) { (void)host_abi; return &table; }
