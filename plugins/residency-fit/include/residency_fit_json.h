/*
 * A minimal JSON reader for the residency-fit plugin: parses a request into a tree held
 * in one arena, so the plugin frees everything at once. Robust by construction: every
 * error (bad syntax, bad UTF-8 escapes, non-finite numbers, nesting deeper than
 * RFJ_MAX_DEPTH, out of memory) is reported as a message, never a crash.
 */
#ifndef RESIDENCY_FIT_JSON_H
#define RESIDENCY_FIT_JSON_H

#include <stddef.h>

#define RFJ_MAX_DEPTH 64

/* Internal to the plugin: only salesops_plugin_entry is exported. */
#define RFJ_INTERNAL __attribute__((visibility("hidden")))

typedef enum rfj_type { RFJ_NULL, RFJ_BOOL, RFJ_NUMBER, RFJ_STRING, RFJ_ARRAY, RFJ_OBJECT } rfj_type;

typedef struct rfj_value {
    rfj_type type;
    int boolean;
    double number;
    const char *string;        /* NUL-terminated UTF-8, for RFJ_STRING */
    const char *key;           /* member name when this value sits in an object */
    struct rfj_value *first;   /* first element or member, for RFJ_ARRAY and RFJ_OBJECT */
    struct rfj_value *next;    /* next sibling */
    size_t count;              /* number of elements or members */
} rfj_value;

typedef struct rfj_block rfj_block;

typedef struct rfj_arena {
    rfj_block *blocks;
} rfj_arena;

/* Parses text[0..length). Returns the root, or NULL with a message in error. */
RFJ_INTERNAL rfj_value *rfj_parse(rfj_arena *arena, const char *text, size_t length, char *error, size_t error_size);

/* Frees everything rfj_parse allocated in the arena. */
RFJ_INTERNAL void rfj_free(rfj_arena *arena);

/* The member `key` of an object; NULL when missing or when value is not an object. */
RFJ_INTERNAL const rfj_value *rfj_member(const rfj_value *object, const char *key);

#endif
