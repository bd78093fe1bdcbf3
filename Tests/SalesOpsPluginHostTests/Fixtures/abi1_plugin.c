/* A plugin as it was written for plugin ABI version 1, before version 2 existed: its table
 * and manifest say 1, and it serves only a host that asks for version 1 (a newer host asks
 * for its own version first, then for 1). It never looks for version-2 members; its answers
 * show what it received:
 *   verifier v1-echo   passes with at least two pieces of evidence; its reason is the request text.
 *   criterion v1-shape  1 for its one candidate when the request has version 1's members only, else 0. */
#include "salesops_plugin.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char manifest[] =
    "{\"id\":\"fixture-abi1\",\"version\":\"1.0.0\",\"abiVersion\":1,\"capabilities\":["
    "{\"type\":\"verifier\",\"id\":\"v1-echo\",\"summary\":\"Passes with two pieces of evidence; the reason is the request.\"},"
    "{\"type\":\"criterion\",\"id\":\"v1-shape\",\"summary\":\"1 when the request has only version 1 members.\"}]}";

/* The request as a JSON string, quotes included. */
static char *quoted(const char *text) {
    size_t length = strlen(text);
    char *out = malloc(length * 6 + 3);
    if (out == NULL) return NULL;
    char *cursor = out;
    *cursor++ = '"';
    for (const unsigned char *c = (const unsigned char *)text; *c; c++) {
        if (*c == '"' || *c == '\\') { *cursor++ = '\\'; *cursor++ = (char)*c; }
        else if (*c < 0x20) { cursor += sprintf(cursor, "\\u%04x", *c); }
        else { *cursor++ = (char)*c; }
    }
    *cursor++ = '"';
    *cursor = 0;
    return out;
}

static int32_t reply(char *body, char **response, size_t *response_length) {
    if (body == NULL) return SALESOPS_PLUGIN_ERROR_FAILED;
    *response = body;
    *response_length = strlen(body);
    return SALESOPS_PLUGIN_OK;
}

static int32_t invoke(void *ctx, const char *capability, const char *request, size_t length,
                      char **response, size_t *response_length) {
    (void)ctx; (void)length;
    if (strcmp(capability, "verifier/v1-echo") == 0) {
        const char *count = strstr(request, "\"evidenceCount\":");
        int evidence = count ? atoi(count + strlen("\"evidenceCount\":")) : 0;
        char *reason = quoted(request);
        if (reason == NULL) return SALESOPS_PLUGIN_ERROR_FAILED;
        char *body = malloc(strlen(reason) + 64);
        if (body != NULL) sprintf(body, "{\"results\":[{\"passed\":%s,\"reason\":%s}]}", evidence >= 2 ? "true" : "false", reason);
        free(reason);
        return reply(body, response, response_length);
    }
    if (strcmp(capability, "criterion/v1-shape") == 0) {
        int version1 = strstr(request, "\"today\"") == NULL && strstr(request, "\"costs\"") == NULL
            && strstr(request, "\"exchangeRates\"") == NULL;
        return reply(strdup(version1 ? "{\"scores\":[1]}" : "{\"scores\":[0]}"), response, response_length);
    }
    return reply(strdup("{\"error\":\"unknown capability\"}"), response, response_length) == SALESOPS_PLUGIN_OK
        ? SALESOPS_PLUGIN_ERROR_UNKNOWN_CAPABILITY : SALESOPS_PLUGIN_ERROR_FAILED;
}

static void free_response(void *ctx, char *response, size_t length) { (void)ctx; (void)length; free(response); }

/* Version 1's table: the same fields as version 2's. */
static const salesops_plugin_table table = {1, manifest, NULL, invoke, free_response};

const salesops_plugin_table *salesops_plugin_entry(uint32_t host_abi) { return host_abi == 1 ? &table : NULL; }
