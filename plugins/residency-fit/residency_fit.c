/*
 * residency-fit: criteria written in plain C against salesops_plugin.h alone.
 *
 *   criterion/data-residency-fit  1 when a tool keeps data in the team's required region,
 *                                 0.5 when it offers data residency elsewhere only, 0 when none.
 *   criterion/api-headroom        daily API calls a tool allows per call the team needs
 *                                 (seats x params.callsPerSeatPerDay), capped at params.cap.
 */
#include "salesops_plugin.h"
#include "residency_fit_json.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char manifest[] =
    "{\"id\":\"residency-fit\",\"version\":\"1.0.0\",\"abiVersion\":2,"
    "\"summary\":\"Data residency and API headroom criteria, written in C.\","
    "\"capabilities\":["
    "{\"type\":\"criterion\",\"id\":\"data-residency-fit\","
    "\"summary\":\"1 if the tool keeps data in the team's required region, 0.5 if only elsewhere, 0 if it offers no data residency.\","
    "\"parameters\":{\"type\":\"object\",\"properties\":{\"region\":{\"type\":\"string\","
    "\"description\":\"Required region; the team's spec.dataResidency when absent.\"}},\"additionalProperties\":false},"
    "\"candidateFields\":[\"metadata.name\",\"spec.dataResidency\",\"dataResidency\"]},"
    "{\"type\":\"criterion\",\"id\":\"api-headroom\","
    "\"summary\":\"Daily API calls allowed per call the team needs, capped; null when the tool publishes no limit.\","
    "\"parameters\":{\"type\":\"object\",\"properties\":{"
    "\"callsPerSeatPerDay\":{\"type\":\"number\",\"exclusiveMinimum\":0,\"default\":1000},"
    "\"cap\":{\"type\":\"number\",\"exclusiveMinimum\":0,\"default\":10}},\"additionalProperties\":false},"
    "\"candidateFields\":[\"metadata.name\",\"spec.limits.apiCallsPerDay\",\"limits.apiCallsPerDay\"]}"
    "]}";

/* A growable response buffer; on allocation failure it remembers so and the call fails cleanly. */
typedef struct buffer {
    char *data;
    size_t length;
    size_t capacity;
    int failed;
} buffer;

static void append(buffer *b, const char *text, size_t n) {
    if (b->failed) return;
    if (b->length + n + 1 > b->capacity) {
        size_t capacity = b->capacity ? b->capacity : 256;
        while (capacity < b->length + n + 1) capacity *= 2;
        char *data = realloc(b->data, capacity);
        if (data == NULL) {
            b->failed = 1;
            return;
        }
        b->data = data;
        b->capacity = capacity;
    }
    memcpy(b->data + b->length, text, n);
    b->length += n;
    b->data[b->length] = '\0';
}

static void append_text(buffer *b, const char *text) { append(b, text, strlen(text)); }

static void append_json_string(buffer *b, const char *text) {
    append_text(b, "\"");
    for (const unsigned char *c = (const unsigned char *)text; *c; c++) {
        char escaped[8];
        if (*c == '"' || *c == '\\') {
            escaped[0] = '\\';
            escaped[1] = (char)*c;
            append(b, escaped, 2);
        } else if (*c < 0x20) {
            snprintf(escaped, sizeof(escaped), "\\u%04x", *c);
            append_text(b, escaped);
        } else {
            append(b, (const char *)c, 1);
        }
    }
    append_text(b, "\"");
}

/* Sets *response to {"error": message} and returns code. */
static int32_t error_reply(char **response, size_t *response_length, int32_t code, const char *format, ...) {
    char message[512];
    va_list args;
    va_start(args, format);
    vsnprintf(message, sizeof(message), format, args);
    va_end(args);
    buffer b = {0};
    append_text(&b, "{\"error\":");
    append_json_string(&b, message);
    append_text(&b, "}");
    if (b.failed) {
        free(b.data);
        *response = NULL;
        *response_length = 0;
        return code;
    }
    *response = b.data;
    *response_length = b.length;
    return code;
}

/* A value at a dotted path of up to a few members, e.g. "spec.dataResidency". */
static const rfj_value *at_path(const rfj_value *value, const char *first, const char *second, const char *third) {
    const char *keys[3] = {first, second, third};
    for (int i = 0; i < 3 && keys[i] != NULL && value != NULL; i++) value = rfj_member(value, keys[i]);
    return value;
}

/* A descriptor's field, looked up in `spec` first and at the top level second, so both a
 * whole descriptor and a bare spec object work. */
static const rfj_value *field(const rfj_value *descriptor, const char *name, const char *nested) {
    const rfj_value *value = at_path(descriptor, "spec", name, nested);
    return value != NULL ? value : at_path(descriptor, name, nested, NULL);
}

/* Whether list (a string or an array of strings) contains region, ignoring case. */
static int contains_region(const rfj_value *list, const char *region) {
    if (list->type == RFJ_STRING) return strcasecmp(list->string, region) == 0;
    for (const rfj_value *item = list->first; item != NULL; item = item->next) {
        if (item->type == RFJ_STRING && strcasecmp(item->string, region) == 0) return 1;
    }
    return 0;
}

/* The candidate's name for error messages. */
static const char *name_of(const rfj_value *candidate, size_t index, char *scratch, size_t size) {
    const rfj_value *name = at_path(candidate, "metadata", "name", NULL);
    if (name != NULL && name->type == RFJ_STRING) return name->string;
    snprintf(scratch, size, "candidates[%zu]", index);
    return scratch;
}

static void append_score(buffer *b, int has_value, double score, int first) {
    char number[40];
    if (!first) append_text(b, ",");
    if (!has_value) {
        append_text(b, "null");
        return;
    }
    snprintf(number, sizeof(number), "%.17g", score);
    append_text(b, number);
}

static int32_t finish(buffer *b, char **response, size_t *response_length) {
    append_text(b, "]}");
    if (b->failed) {
        free(b->data);
        return error_reply(response, response_length, SALESOPS_PLUGIN_ERROR_FAILED, "out of memory");
    }
    *response = b->data;
    *response_length = b->length;
    return SALESOPS_PLUGIN_OK;
}

static int32_t residency_fit(const rfj_value *params, const rfj_value *team, const rfj_value *candidates,
                             char **response, size_t *response_length) {
    const rfj_value *required = rfj_member(params, "region");
    if (required == NULL) required = field(team, "dataResidency", NULL);
    if (required == NULL || (required->type != RFJ_STRING && required->type != RFJ_ARRAY) ||
        (required->type == RFJ_ARRAY && required->count == 0)) {
        return error_reply(response, response_length, SALESOPS_PLUGIN_ERROR_FAILED,
                           "data-residency-fit needs a required region: set the team's spec.dataResidency "
                           "(a region or a list of regions) or the criterion's params.region");
    }
    buffer b = {0};
    append_text(&b, "{\"scores\":[");
    size_t index = 0;
    for (const rfj_value *candidate = candidates->first; candidate != NULL; candidate = candidate->next, index++) {
        char scratch[48];
        if (candidate->type != RFJ_OBJECT) {
            free(b.data);
            return error_reply(response, response_length, SALESOPS_PLUGIN_ERROR_BAD_REQUEST,
                               "candidates[%zu] is not an object", index);
        }
        const rfj_value *offered = field(candidate, "dataResidency", NULL);
        double score = 0;
        if (offered != NULL && offered->type != RFJ_NULL) {
            if (offered->type != RFJ_ARRAY && offered->type != RFJ_STRING) {
                free(b.data);
                return error_reply(response, response_length, SALESOPS_PLUGIN_ERROR_BAD_REQUEST,
                                   "%s: spec.dataResidency must be a list of regions",
                                   name_of(candidate, index, scratch, sizeof(scratch)));
            }
            int offers_any = offered->type == RFJ_STRING || offered->count > 0;
            int covers = 1;
            if (required->type == RFJ_STRING) {
                covers = contains_region(offered, required->string);
            } else {
                for (const rfj_value *region = required->first; region != NULL; region = region->next) {
                    if (region->type != RFJ_STRING || !contains_region(offered, region->string)) covers = 0;
                }
            }
            score = covers ? 1.0 : (offers_any ? 0.5 : 0.0);
        }
        append_score(&b, 1, score, index == 0);
    }
    return finish(&b, response, response_length);
}

static int32_t number_param(const rfj_value *params, const char *name, double fallback, double *out,
                            char **response, size_t *response_length) {
    const rfj_value *value = rfj_member(params, name);
    if (value == NULL || value->type == RFJ_NULL) {
        *out = fallback;
        return SALESOPS_PLUGIN_OK;
    }
    if (value->type != RFJ_NUMBER || !(value->number > 0)) {
        return error_reply(response, response_length, SALESOPS_PLUGIN_ERROR_BAD_REQUEST,
                           "params.%s must be a number above 0", name);
    }
    *out = value->number;
    return SALESOPS_PLUGIN_OK;
}

static int32_t api_headroom(const rfj_value *params, const rfj_value *team, const rfj_value *candidates,
                            char **response, size_t *response_length) {
    double per_seat = 1000, cap = 10;
    int32_t code = number_param(params, "callsPerSeatPerDay", 1000, &per_seat, response, response_length);
    if (code != SALESOPS_PLUGIN_OK) return code;
    code = number_param(params, "cap", 10, &cap, response, response_length);
    if (code != SALESOPS_PLUGIN_OK) return code;
    const rfj_value *seats = field(team, "seats", NULL);
    if (seats == NULL || seats->type != RFJ_NUMBER || !(seats->number > 0)) {
        return error_reply(response, response_length, SALESOPS_PLUGIN_ERROR_FAILED,
                           "api-headroom needs the team's spec.seats (a number above 0)");
    }
    double needed = seats->number * per_seat;
    buffer b = {0};
    append_text(&b, "{\"scores\":[");
    size_t index = 0;
    for (const rfj_value *candidate = candidates->first; candidate != NULL; candidate = candidate->next, index++) {
        const rfj_value *limit = field(candidate, "limits", "apiCallsPerDay");
        /* No published limit is unknown data, not zero headroom. */
        int known = limit != NULL && limit->type == RFJ_NUMBER && limit->number >= 0;
        double ratio = known ? limit->number / needed : 0;
        if (ratio > cap) ratio = cap;
        append_score(&b, known, ratio, index == 0);
    }
    return finish(&b, response, response_length);
}

static int32_t invoke(void *ctx, const char *capability, const char *request, size_t request_length,
                      char **response, size_t *response_length) {
    (void)ctx;
    if (response == NULL || response_length == NULL) return SALESOPS_PLUGIN_ERROR_BAD_REQUEST;
    *response = NULL;
    *response_length = 0;
    if (capability == NULL) {
        return error_reply(response, response_length, SALESOPS_PLUGIN_ERROR_BAD_REQUEST, "no capability name");
    }
    int residency = strcmp(capability, "criterion/data-residency-fit") == 0;
    if (!residency && strcmp(capability, "criterion/api-headroom") != 0) {
        return error_reply(response, response_length, SALESOPS_PLUGIN_ERROR_UNKNOWN_CAPABILITY,
                           "residency-fit has no capability \"%.200s\"; it provides "
                           "criterion/data-residency-fit, criterion/api-headroom", capability);
    }
    rfj_arena arena = {NULL};
    char error[160];
    const rfj_value *root = rfj_parse(&arena, request, request_length, error, sizeof(error));
    int32_t code;
    if (root == NULL) {
        code = error_reply(response, response_length, SALESOPS_PLUGIN_ERROR_BAD_REQUEST, "%s", error);
    } else {
        const rfj_value *params = rfj_member(root, "params");
        const rfj_value *team = rfj_member(root, "team");
        const rfj_value *candidates = rfj_member(root, "candidates");
        if (root->type != RFJ_OBJECT || candidates == NULL || candidates->type != RFJ_ARRAY) {
            code = error_reply(response, response_length, SALESOPS_PLUGIN_ERROR_BAD_REQUEST,
                               "expected {\"params\": {...}, \"team\": {...}, \"candidates\": [...]}");
        } else if (residency) {
            code = residency_fit(params, team, candidates, response, response_length);
        } else {
            code = api_headroom(params, team, candidates, response, response_length);
        }
    }
    rfj_free(&arena);
    return code;
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
    /* Always answer with the table: the host compares versions and names a mismatch. */
    (void)host_abi;
    return &table;
}
