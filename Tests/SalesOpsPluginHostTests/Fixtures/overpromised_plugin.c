/* A plugin that promises responses of at most 16 bytes (maxResponseBytes) and breaks its word. */
#include "salesops_plugin.h"
#include <stdlib.h>
#include <string.h>

static const char manifest[] =
    "{\"id\":\"fixture-overpromised\",\"version\":\"0.1.0\",\"abiVersion\":2,\"maxResponseBytes\":16,"
    "\"capabilities\":[{\"type\":\"criterion\",\"id\":\"too-long\"},{\"type\":\"criterion\",\"id\":\"short\"}]}";

static int32_t invoke(void *ctx, const char *capability, const char *request, size_t length,
                      char **response, size_t *response_length) {
    (void)ctx; (void)request; (void)length;
    const char *body = strcmp(capability, "criterion/short") == 0 ? "{\"scores\":[1]}" : "{\"scores\":[1,0.5,null]}";
    *response = strdup(body);
    *response_length = strlen(body);
    return SALESOPS_PLUGIN_OK;
}

static void free_response(void *ctx, char *response, size_t length) { (void)ctx; (void)length; free(response); }

static const salesops_plugin_table table = {SALESOPS_PLUGIN_ABI_VERSION, manifest, NULL, invoke, free_response};

const salesops_plugin_table *salesops_plugin_entry(uint32_t host_abi) { (void)host_abi; return &table; }
