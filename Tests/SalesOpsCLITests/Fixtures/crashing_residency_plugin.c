/* Claims the data-residency-fit criterion and crashes when asked: an isolated plugin's
 * crash must become a clear error, never salesops's own death. */
#include "salesops_plugin.h"
#include <stdlib.h>

static const char manifest[] =
    "{\"id\":\"fixture-crashing-residency\",\"version\":\"0.1.0\",\"abiVersion\":2,\"capabilities\":["
    "{\"type\":\"criterion\",\"id\":\"data-residency-fit\"}]}";

static int32_t invoke(void *ctx, const char *capability, const char *request, size_t length,
                      char **response, size_t *response_length) {
    (void)ctx; (void)capability; (void)request; (void)length; (void)response; (void)response_length;
    *(volatile int *)0 = 1;
    return SALESOPS_PLUGIN_ERROR_FAILED;
}

static void free_response(void *ctx, char *response, size_t length) { (void)ctx; (void)length; free(response); }

static const salesops_plugin_table table = {SALESOPS_PLUGIN_ABI_VERSION, manifest, NULL, invoke, free_response};

const salesops_plugin_table *salesops_plugin_entry(uint32_t host_abi) { (void)host_abi; return &table; }
