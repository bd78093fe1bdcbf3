/*
 * ramp-weeks: an evaluation criterion in plain C, against salesops_plugin.h alone.
 *
 * How many weeks until the team works in the tool: the vendor's spec.adoption.weeksToLive, plus
 * params.weeksPerLearningStep (default 1) for each step of spec.adoption.learningCurve above 1.
 * A tool that publishes no weeksToLive gets no value (null); the evaluation's missingData
 * decides what that means. Fewer weeks are better: use it with `direction: cost`.
 *
 * The request is {"params": {...}, "team": {...}, "candidates": [...]}. The manifest's
 * candidateFields asks for spec.adoption only, so each candidate arrives as
 * {"spec": {"adoption": {...}}} (or {} when the tool has none), and a few lines of scanning
 * below read it: no JSON library needed.
 */
#include "salesops_plugin.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char manifest[] =
    "{\"id\":\"ramp-weeks\",\"version\":\"1.0.0\",\"abiVersion\":2,"
    "\"summary\":\"Weeks until a team works in the tool, from its published adoption data.\","
    "\"capabilities\":[{\"type\":\"criterion\",\"id\":\"ramp-weeks\","
    "\"summary\":\"spec.adoption.weeksToLive + weeksPerLearningStep x (learningCurve - 1); fewer is better.\","
    "\"candidateFields\":[\"spec.adoption\"],"
    "\"parameters\":{\"type\":\"object\",\"additionalProperties\":false,"
    "\"properties\":{\"weeksPerLearningStep\":{\"type\":\"number\",\"minimum\":0}}}}]}";

/* --- Just enough JSON: every scan stops at the request's closing NUL, so odd input cannot
 * run past the end; the host has checked that the request is valid JSON already. */

static const char *skip_space(const char *p) {
    while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') p++;
    return p;
}

/* Past one value (string, number, literal, object or array) starting at p. */
static const char *skip_value(const char *p) {
    int depth = 0;
    p = skip_space(p);
    while (*p) {
        if (*p == '"') {
            for (p++; *p && *p != '"'; p++)
                if (*p == '\\' && p[1]) p++;
            if (*p) p++;
            if (depth == 0) return p;
        } else if (*p == '{' || *p == '[') {
            depth++, p++;
        } else if (*p == '}' || *p == ']') {
            if (depth == 0) return p; /* the end of the enclosing container */
            p++;
            if (--depth == 0) return p;
        } else if (depth == 0 && strchr(",: \t\n\r", *p)) {
            return p;
        } else {
            p++;
        }
    }
    return p;
}

/* The element after the one at p in an array: at ']' when there is none; "" on odd input. */
static const char *next_item(const char *p) {
    const char *end = skip_space(skip_value(p));
    if (end == p) return "";
    return *end == ',' ? skip_space(end + 1) : end;
}

/* The value of member `key` of the object at p, or NULL. */
static const char *member(const char *p, const char *key) {
    size_t length = strlen(key);
    p = p ? skip_space(p) : NULL;
    if (p == NULL || *p != '{') return NULL;
    p = skip_space(p + 1);
    while (*p == '"') {
        const char *name = p + 1;
        const char *value = skip_space(skip_value(p));
        if (*value != ':') return NULL;
        value = skip_space(value + 1);
        if (strncmp(name, key, length) == 0 && name[length] == '"') return value;
        p = skip_space(skip_value(value));
        if (*p != ',') return NULL;
        p = skip_space(p + 1);
    }
    return NULL;
}

/* The number at p, or `otherwise` when p is missing or not a number. */
static double number(const char *p, double otherwise) {
    char *end;
    double value;
    if (p == NULL) return otherwise;
    value = strtod(p, &end);
    return end == p ? otherwise : value;
}

/* --- The ABI: one invoke, one free_response. */

static int32_t reply(char **response, size_t *response_length, char *body, int32_t code) {
    *response = body;
    *response_length = body ? strlen(body) : 0;
    return body ? code : SALESOPS_PLUGIN_ERROR_FAILED;
}

static int32_t fail(char **response, size_t *response_length, const char *message, int32_t code) {
    char *body = malloc(strlen(message) + 16);
    if (body) sprintf(body, "{\"error\":\"%s\"}", message); /* messages here need no escaping */
    return reply(response, response_length, body, code);
}

static int32_t score(const char *request, char **response, size_t *response_length) {
    const char *candidates = member(request, "candidates");
    double per_step = number(member(member(request, "params"), "weeksPerLearningStep"), 1);
    size_t count = 0, used = 0, size;
    const char *p;
    char *body;

    if (candidates == NULL || *candidates != '[')
        return fail(response, response_length, "the request has no candidates list", SALESOPS_PLUGIN_ERROR_BAD_REQUEST);
    for (p = skip_space(candidates + 1); *p && *p != ']'; p = next_item(p))
        count++;
    size = 16 + count * 26; /* "%.17g," fits in 26 bytes */
    if ((body = malloc(size)) == NULL) return SALESOPS_PLUGIN_ERROR_FAILED;
    used += sprintf(body, "{\"scores\":[");
    for (p = skip_space(candidates + 1); *p && *p != ']'; p = next_item(p)) {
        const char *adoption = member(member(p, "spec"), "adoption");
        double weeks = number(member(adoption, "weeksToLive"), -1);
        double curve = number(member(adoption, "learningCurve"), 1);
        if (used > 11) body[used++] = ',';
        if (weeks < 0)
            used += sprintf(body + used, "null");
        else
            used += sprintf(body + used, "%.17g", weeks + per_step * (curve > 1 ? curve - 1 : 0));
    }
    sprintf(body + used, "]}");
    return reply(response, response_length, body, SALESOPS_PLUGIN_OK);
}

static int32_t invoke(void *ctx, const char *capability, const char *request, size_t request_length,
                      char **response, size_t *response_length) {
    (void)ctx;
    (void)request_length; /* request is NUL-terminated */
    if (strcmp(capability, "criterion/ramp-weeks") != 0)
        return fail(response, response_length, "no such capability", SALESOPS_PLUGIN_ERROR_UNKNOWN_CAPABILITY);
    return score(request, response, response_length);
}

static void free_response(void *ctx, char *response, size_t response_length) {
    (void)ctx;
    (void)response_length;
    free(response);
}

/* 2: the ABI version this plugin was written for, as its manifest's abiVersion says. */
static const salesops_plugin_table table = {2, manifest, NULL, invoke, free_response};

const salesops_plugin_table *salesops_plugin_entry(uint32_t host_abi) {
    (void)host_abi; /* the host checks table.abi_version against what it speaks */
    return &table;
}
