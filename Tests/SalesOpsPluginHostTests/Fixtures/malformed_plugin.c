/* A plugin that loads fine but answers badly: one criterion per way to get a response wrong. */
#include "salesops_plugin.h"
#include <stdlib.h>
#include <string.h>

static const char manifest[] =
    "{\"id\":\"fixture-malformed\",\"version\":\"0.1.0\",\"abiVersion\":2,\"capabilities\":["
    "{\"type\":\"criterion\",\"id\":\"truncated-json\"},"
    "{\"type\":\"criterion\",\"id\":\"not-a-number\"},"
    "{\"type\":\"criterion\",\"id\":\"infinite\"},"
    "{\"type\":\"criterion\",\"id\":\"wrong-shape\"},"
    "{\"type\":\"criterion\",\"id\":\"error-code\"},"
    "{\"type\":\"criterion\",\"id\":\"error-without-body\"},"
    "{\"type\":\"criterion\",\"id\":\"no-response\"},"
    "{\"type\":\"verifier\",\"id\":\"too-few-results\"}]}";

static int32_t reply(char **response, size_t *response_length, const char *body, int32_t code) {
    *response = strdup(body);
    *response_length = strlen(body);
    return code;
}

static int32_t invoke(void *ctx, const char *capability, const char *request, size_t length,
                      char **response, size_t *response_length) {
    (void)ctx; (void)request; (void)length;
    if (strcmp(capability, "criterion/truncated-json") == 0) return reply(response, response_length, "{\"scores\":[1,", 0);
    if (strcmp(capability, "criterion/not-a-number") == 0) return reply(response, response_length, "{\"scores\":[NaN]}", 0);
    if (strcmp(capability, "criterion/infinite") == 0) return reply(response, response_length, "{\"scores\":[1e999]}", 0);
    if (strcmp(capability, "criterion/wrong-shape") == 0) return reply(response, response_length, "{\"scores\":\"high\"}", 0);
    if (strcmp(capability, "criterion/error-code") == 0)
        return reply(response, response_length, "{\"error\":\"pricing service unreachable\"}", 7);
    if (strcmp(capability, "criterion/error-without-body") == 0) return reply(response, response_length, "oops", 1);
    if (strcmp(capability, "criterion/no-response") == 0) {
        *response = NULL;
        *response_length = 0;
        return SALESOPS_PLUGIN_OK;
    }
    return reply(response, response_length, "{\"results\":[]}", 0);
}

static void free_response(void *ctx, char *response, size_t length) { (void)ctx; (void)length; free(response); }

static const salesops_plugin_table table = {SALESOPS_PLUGIN_ABI_VERSION, manifest, NULL, invoke, free_response};

const salesops_plugin_table *salesops_plugin_entry(uint32_t host_abi) { (void)host_abi; return &table; }
