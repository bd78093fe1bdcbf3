/*
 * partner-onboarding: the track kind "partner" (onboarding for reseller partners), in plain C
 * against salesops_plugin.h alone. A partner track carries its own field `tier`, declared by
 * the JSON Schema under "fields" and written in the Track as spec.fields.tier; salesops checks
 * it against that schema, then asks the plugin for the checks a schema cannot say.
 */
#include "salesops_plugin.h"
#include <stdlib.h>
#include <string.h>

static const char manifest[] =
    "{\"id\":\"partner-onboarding\",\"version\":\"1.0.0\",\"abiVersion\":2,"
    "\"summary\":\"Onboarding tracks for reseller partners.\","
    "\"capabilities\":[{\"type\":\"trackKind\",\"id\":\"partner\","
    "\"summary\":\"A reseller partner's track; spec.fields.tier is registered, silver or gold.\","
    "\"trackKind\":{\"owners\":[\"partner\",\"channel-manager\",\"enablement\"],"
    "\"defaultVerifiers\":[\"manager-signoff\"],"
    "\"fields\":{\"type\":\"object\",\"required\":[\"tier\"],\"additionalProperties\":false,"
    "\"properties\":{\"tier\":{\"enum\":[\"registered\",\"silver\",\"gold\"]},"
    "\"marketDevelopmentFunds\":{\"type\":\"number\",\"minimum\":0}}}}}]}";

/* Hands out a malloc'd copy of body; the host gives it back to free_response. */
static int32_t reply(char **response, size_t *response_length, const char *body, int32_t code) {
    *response = strdup(body);
    if (*response == NULL) return SALESOPS_PLUGIN_ERROR_FAILED;
    *response_length = strlen(body);
    return code;
}

static int32_t invoke(void *ctx, const char *capability, const char *request, size_t request_length,
                      char **response, size_t *response_length) {
    (void)ctx;
    (void)request_length;
    if (strcmp(capability, "trackKind/partner") != 0)
        return reply(response, response_length, "{\"error\":\"no such capability\"}",
                     SALESOPS_PLUGIN_ERROR_UNKNOWN_CAPABILITY);
    /* request is {"track": {...}}, the Track's spec as compact JSON, NUL-terminated; the host
     * has checked spec.fields against the schema above already. What no schema can say: a
     * gold partner gets a channel manager, so a gold track needs a step that one owns. (A
     * plugin that reads more parses the JSON: see plugins/residency-fit for a JSON reader.) */
    if (strstr(request, "\"tier\":\"gold\"") != NULL && strstr(request, "\"owner\":\"channel-manager\"") == NULL)
        return reply(response, response_length,
                     "{\"problems\":[{\"path\":\"fields.tier\","
                     "\"message\":\"a gold partner track needs a step owned by channel-manager\"}]}",
                     SALESOPS_PLUGIN_OK);
    return reply(response, response_length, "{\"problems\":[]}", SALESOPS_PLUGIN_OK);
}

static void free_response(void *ctx, char *response, size_t response_length) {
    (void)ctx;
    (void)response_length;
    free(response);
}

static const salesops_plugin_table table = {
    SALESOPS_PLUGIN_ABI_VERSION, manifest, NULL, invoke, free_response,
};

const salesops_plugin_table *salesops_plugin_entry(uint32_t host_abi) {
    (void)host_abi; /* the host checks table.abi_version against its own */
    return &table;
}
