/*
 * An exporter of the anonymised status that renders exactly the request it was sent, so a test
 * can read everything an exporter gets from `onboard status --anonymize --format echo-anonymized`.
 */
#include "salesops_plugin.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char manifest[] =
    "{\"id\":\"echo-exporter\",\"version\":\"1.0.0\",\"abiVersion\":1,\"capabilities\":["
    "{\"type\":\"exporter\",\"id\":\"echo-anonymized\",\"summary\":\"The request it was sent, as it came.\","
    "\"exporter\":{\"mediaType\":\"application/json\",\"fileExtension\":\"json\",\"serves\":[\"status-anonymized\"]}}]}";

static int32_t invoke(void *ctx, const char *capability, const char *request, size_t request_length,
                      char **response, size_t *response_length) {
    static const char open[] = "{\"mediaType\":\"application/json\",\"content\":\"";
    char *body, *out;
    size_t i;
    (void)ctx;
    if (strcmp(capability, "exporter/echo-anonymized") != 0) {
        *response = strdup("{\"error\":\"no such capability\"}");
        *response_length = *response ? strlen(*response) : 0;
        return SALESOPS_PLUGIN_ERROR_UNKNOWN_CAPABILITY;
    }
    if ((body = malloc(sizeof open + request_length * 6 + 4)) == NULL) return SALESOPS_PLUGIN_ERROR_FAILED;
    out = body + sprintf(body, "%s", open);
    for (i = 0; i < request_length; i++) {
        unsigned char c = (unsigned char)request[i];
        if (c == '"' || c == '\\') *out++ = '\\', *out++ = (char)c;
        else if (c < 0x20) out += sprintf(out, "\\u%04x", c);
        else *out++ = (char)c;
    }
    out += sprintf(out, "\\n\"}");
    *response = body;
    *response_length = (size_t)(out - body);
    return SALESOPS_PLUGIN_OK;
}

static void free_response(void *ctx, char *response, size_t response_length) {
    (void)ctx;
    (void)response_length;
    free(response);
}

static const salesops_plugin_table table = {1, manifest, NULL, invoke, free_response};

const salesops_plugin_table *salesops_plugin_entry(uint32_t host_abi) {
    (void)host_abi;
    return &table;
}
