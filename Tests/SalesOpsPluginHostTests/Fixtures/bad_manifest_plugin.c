/* A plugin whose manifest names an unknown capability type. */
#include "salesops_plugin.h"
#include <stdlib.h>

static const char manifest[] =
    "{\"id\":\"fixture-bad-manifest\",\"version\":\"0.1.0\",\"abiVersion\":2,\"capabilities\":["
    "{\"type\":\"scorer\",\"id\":\"oops\"}]}";

static int32_t invoke(void *ctx, const char *capability, const char *request, size_t length,
                      char **response, size_t *response_length) {
    (void)ctx; (void)capability; (void)request; (void)length;
    *response = NULL;
    *response_length = 0;
    return SALESOPS_PLUGIN_ERROR_FAILED;
}

static void free_response(void *ctx, char *response, size_t length) { (void)ctx; (void)length; free(response); }

static const salesops_plugin_table table = {SALESOPS_PLUGIN_ABI_VERSION, manifest, NULL, invoke, free_response};

const salesops_plugin_table *salesops_plugin_entry(uint32_t host_abi) { (void)host_abi; return &table; }
