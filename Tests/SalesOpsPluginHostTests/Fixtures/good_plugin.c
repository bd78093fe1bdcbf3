/* A well-behaved plugin: criterion fixture-constant answers three scores, whatever it is asked. */
#include "salesops_plugin.h"
#include <stdlib.h>
#include <string.h>

static const char manifest[] =
    "{\"id\":\"fixture-good\",\"version\":\"0.1.0\",\"abiVersion\":2,\"capabilities\":["
    "{\"type\":\"criterion\",\"id\":\"fixture-constant\",\"summary\":\"Always 1, 0.5, null.\"}]}";

static int32_t invoke(void *ctx, const char *capability, const char *request, size_t length,
                      char **response, size_t *response_length) {
    (void)ctx; (void)capability; (void)request; (void)length;
    const char *body = "{\"scores\":[1,0.5,null]}";
    *response = strdup(body);
    *response_length = strlen(body);
    return SALESOPS_PLUGIN_OK;
}

static void free_response(void *ctx, char *response, size_t length) { (void)ctx; (void)length; free(response); }

static const salesops_plugin_table table = {SALESOPS_PLUGIN_ABI_VERSION, manifest, NULL, invoke, free_response};

const salesops_plugin_table *salesops_plugin_entry(uint32_t host_abi) { (void)host_abi; return &table; }
