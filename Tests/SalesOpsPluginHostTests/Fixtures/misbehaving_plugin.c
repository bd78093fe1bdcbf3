/* A plugin that misbehaves on purpose, one way per criterion: it crashes, hangs, or calls
 * exit(0) in the middle of a call; `fine` answers normally. Safe only in a helper process. */
#include "salesops_plugin.h"
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char manifest[] =
    "{\"id\":\"fixture-misbehaving\",\"version\":\"0.1.0\",\"abiVersion\":2,\"capabilities\":["
    "{\"type\":\"criterion\",\"id\":\"crashes\"},"
    "{\"type\":\"criterion\",\"id\":\"hangs\"},"
    "{\"type\":\"criterion\",\"id\":\"exits\"},"
    "{\"type\":\"criterion\",\"id\":\"fine\"}]}";

static int32_t invoke(void *ctx, const char *capability, const char *request, size_t length,
                      char **response, size_t *response_length) {
    (void)ctx; (void)request; (void)length;
    if (strcmp(capability, "criterion/crashes") == 0) *(volatile int *)0 = 1;
    if (strcmp(capability, "criterion/hangs") == 0) for (;;) pause();
    if (strcmp(capability, "criterion/exits") == 0) exit(0);
    const char *body = "{\"scores\":[1,0.5,null]}";
    *response = strdup(body);
    *response_length = strlen(body);
    return SALESOPS_PLUGIN_OK;
}

static void free_response(void *ctx, char *response, size_t length) { (void)ctx; (void)length; free(response); }

static const salesops_plugin_table table = {SALESOPS_PLUGIN_ABI_VERSION, manifest, NULL, invoke, free_response};

const salesops_plugin_table *salesops_plugin_entry(uint32_t host_abi) { (void)host_abi; return &table; }
