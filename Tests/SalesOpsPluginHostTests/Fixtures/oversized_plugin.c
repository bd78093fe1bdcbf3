/* A plugin whose answers are too long for the host: over the 64 MiB limit, or claiming far
 * more bytes than its buffer holds. Each answer is valid JSON, so only the length is wrong. */
#include "salesops_plugin.h"
#include <stdlib.h>
#include <string.h>

static const char manifest[] =
    "{\"id\":\"fixture-oversized\",\"version\":\"0.1.0\",\"abiVersion\":2,\"capabilities\":["
    "{\"type\":\"criterion\",\"id\":\"over-limit\"},"
    "{\"type\":\"criterion\",\"id\":\"at-limit\"},"
    "{\"type\":\"criterion\",\"id\":\"claims-a-terabyte\"}]}";

static const char scores[] = "{\"scores\":[1,0.5,null]}";

/* `scores` padded with spaces to exactly `size` bytes. */
static char *padded(size_t size) {
    char *body = malloc(size);
    if (body == NULL) return NULL;
    memset(body, ' ', size);
    memcpy(body, scores, strlen(scores));
    return body;
}

static int32_t invoke(void *ctx, const char *capability, const char *request, size_t length,
                      char **response, size_t *response_length) {
    (void)ctx; (void)request; (void)length;
    const size_t limit = (size_t)64 << 20;
    if (strcmp(capability, "criterion/over-limit") == 0) {
        *response = padded(limit + 1);
        *response_length = limit + 1;
    } else if (strcmp(capability, "criterion/at-limit") == 0) {
        *response = padded(limit);
        *response_length = limit;
    } else {
        /* A small buffer with a huge stated length: reading it would run off the heap. */
        *response = strdup(scores);
        *response_length = (size_t)1 << 40;
    }
    return *response == NULL ? SALESOPS_PLUGIN_ERROR_FAILED : SALESOPS_PLUGIN_OK;
}

static void free_response(void *ctx, char *response, size_t length) { (void)ctx; (void)length; free(response); }

static const salesops_plugin_table table = {SALESOPS_PLUGIN_ABI_VERSION, manifest, NULL, invoke, free_response};

const salesops_plugin_table *salesops_plugin_entry(uint32_t host_abi) { (void)host_abi; return &table; }
