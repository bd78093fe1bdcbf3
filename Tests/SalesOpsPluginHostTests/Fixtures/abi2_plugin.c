/* A plugin for plugin ABI version 2 that shows what the richer version-2 requests carry.
 * Verifiers answer one attempt per call (the host sends one).
 *   criterion probe       declares direction cost and range 0..10; candidate i scores 4 * (i + 1),
 *                         the last 11 when params say "outOfRange": true; with "dump": "PATH" in
 *                         params it writes the request it received to PATH.
 *   verifier v2-echo      passes; its reason is the request text.
 *   verifier review-board pending ("waiting for the review board") until an attempt that follows a
 *                         pending one is signed off, which passes.
 *   track kinds reviewed (default verifier review-board) and unreviewed (default verifier
 *   missing-board, which nothing provides). */
#include "salesops_plugin.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char manifest[] =
    "{\"id\":\"fixture-abi2\",\"version\":\"2.0.0\",\"abiVersion\":2,\"capabilities\":["
    "{\"type\":\"criterion\",\"id\":\"probe\",\"summary\":\"4, 8, 12 ... by candidate.\",\"direction\":\"cost\","
    "\"range\":{\"min\":0,\"max\":10},\"candidateFields\":[\"metadata.name\"]},"
    "{\"type\":\"verifier\",\"id\":\"v2-echo\",\"summary\":\"Passes; the reason is the request.\"},"
    "{\"type\":\"verifier\",\"id\":\"review-board\",\"summary\":\"Pending until the board signs off.\"},"
    "{\"type\":\"trackKind\",\"id\":\"reviewed\",\"trackKind\":{\"owners\":[\"hire\",\"manager\"],\"defaultVerifiers\":[\"review-board\"]}},"
    "{\"type\":\"trackKind\",\"id\":\"unreviewed\",\"trackKind\":{\"owners\":[\"hire\",\"manager\"],\"defaultVerifiers\":[\"missing-board\"]}}]}";

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

static int32_t probe(const char *request, char **response, size_t *response_length) {
    const char *dump = strstr(request, "\"dump\":\"");
    if (dump != NULL) {
        dump += strlen("\"dump\":\"");
        const char *end = strchr(dump, '"');
        char path[4096];
        size_t length = end ? (size_t)(end - dump) : 0;
        if (length > 0 && length < sizeof path) {
            memcpy(path, dump, length);
            path[length] = 0;
            FILE *file = fopen(path, "w");
            if (file != NULL) { fputs(request, file); fclose(file); }
        }
    }
    /* Count the candidates: each is cut down to {"metadata":{"name":...}}. */
    const char *candidates = strstr(request, "\"candidates\":[");
    const char *end = candidates ? strchr(candidates, ']') : NULL;
    int count = 0;
    for (const char *c = candidates; c != NULL && c < end; c++) {
        if (strncmp(c, "{\"metadata\"", 11) == 0) count++;
    }
    int outOfRange = strstr(request, "\"outOfRange\":true") != NULL;
    char *body = malloc(32 + (size_t)count * 8);
    if (body == NULL) return SALESOPS_PLUGIN_ERROR_FAILED;
    char *cursor = body + sprintf(body, "{\"scores\":[");
    for (int i = 0; i < count; i++) {
        int score = outOfRange && i == count - 1 ? 11 : 4 * (i + 1);
        cursor += sprintf(cursor, "%s%d", i ? "," : "", score);
    }
    sprintf(cursor, "]}");
    return reply(body, response, response_length);
}

static int32_t invoke(void *ctx, const char *capability, const char *request, size_t length,
                      char **response, size_t *response_length) {
    (void)ctx; (void)length;
    if (strcmp(capability, "criterion/probe") == 0) return probe(request, response, response_length);
    if (strcmp(capability, "verifier/v2-echo") == 0) {
        char *reason = quoted(request);
        if (reason == NULL) return SALESOPS_PLUGIN_ERROR_FAILED;
        char *body = malloc(strlen(reason) + 64);
        if (body != NULL) sprintf(body, "{\"results\":[{\"passed\":true,\"reason\":%s}]}", reason);
        free(reason);
        return reply(body, response, response_length);
    }
    if (strcmp(capability, "verifier/review-board") == 0) {
        int resolves = strstr(request, "\"outcome\":\"pending\"") != NULL && strstr(request, "\"signedOffBy\":\"") != NULL;
        return reply(strdup(resolves ? "{\"results\":[{\"passed\":true,\"reason\":\"the review board approved\"}]}"
                                     : "{\"results\":[{\"pending\":true,\"reason\":\"waiting for the review board\"}]}"),
                     response, response_length);
    }
    if (strncmp(capability, "trackKind/", 10) == 0) return reply(strdup("{\"problems\":[]}"), response, response_length);
    return reply(strdup("{\"error\":\"unknown capability\"}"), response, response_length) == SALESOPS_PLUGIN_OK
        ? SALESOPS_PLUGIN_ERROR_UNKNOWN_CAPABILITY : SALESOPS_PLUGIN_ERROR_FAILED;
}

static void free_response(void *ctx, char *response, size_t length) { (void)ctx; (void)length; free(response); }

static const salesops_plugin_table table = {SALESOPS_PLUGIN_ABI_VERSION, manifest, NULL, invoke, free_response};

const salesops_plugin_table *salesops_plugin_entry(uint32_t host_abi) { (void)host_abi; return &table; }
