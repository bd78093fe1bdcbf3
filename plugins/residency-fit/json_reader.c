#include "residency_fit_json.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Nodes and strings come from 64 KiB blocks: one malloc per block, not per node, keeps
 * ten thousand candidates cheap. */
struct rfj_block {
    struct rfj_block *next;
    size_t used;
    size_t size;
    char data[];
};

#define RFJ_BLOCK_SIZE (64 * 1024)

static void *arena_alloc(rfj_arena *arena, size_t size) {
    size = (size + 15) & ~(size_t)15;
    rfj_block *block = arena->blocks;
    if (block == NULL || block->size - block->used < size) {
        size_t capacity = size > RFJ_BLOCK_SIZE ? size : RFJ_BLOCK_SIZE;
        block = malloc(sizeof(rfj_block) + capacity);
        if (block == NULL) return NULL;
        block->next = arena->blocks;
        block->used = 0;
        block->size = capacity;
        arena->blocks = block;
    }
    void *result = block->data + block->used;
    block->used += size;
    return result;
}

void rfj_free(rfj_arena *arena) {
    rfj_block *block = arena->blocks;
    while (block != NULL) {
        rfj_block *next = block->next;
        free(block);
        block = next;
    }
    arena->blocks = NULL;
}

typedef struct parser {
    rfj_arena *arena;
    const char *text;
    size_t length;
    size_t index;
    int depth;
    char *error;
    size_t error_size;
} parser;

static rfj_value *fail(parser *p, const char *message) {
    snprintf(p->error, p->error_size, "invalid JSON at byte %zu: %s", p->index, message);
    return NULL;
}

static void skip_space(parser *p) {
    while (p->index < p->length) {
        char c = p->text[p->index];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return;
        p->index++;
    }
}

static rfj_value *new_value(parser *p, rfj_type type) {
    rfj_value *value = arena_alloc(p->arena, sizeof(rfj_value));
    if (value == NULL) return fail(p, "out of memory");
    memset(value, 0, sizeof(*value));
    value->type = type;
    return value;
}

static int hex4(parser *p, unsigned *out) {
    if (p->length - p->index < 4) return 0;
    unsigned value = 0;
    for (int i = 0; i < 4; i++) {
        char c = p->text[p->index++];
        value <<= 4;
        if (c >= '0' && c <= '9') value |= (unsigned)(c - '0');
        else if (c >= 'a' && c <= 'f') value |= (unsigned)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F') value |= (unsigned)(c - 'A' + 10);
        else return 0;
    }
    *out = value;
    return 1;
}

/* Reads a string token (p->index at the opening quote) into the arena. */
static const char *parse_string(parser *p) {
    p->index++;
    /* Decoded text is never longer than the raw text, so size the buffer from the raw span. */
    size_t end = p->index;
    while (end < p->length && p->text[end] != '"') {
        if (p->text[end] == '\\') end++;
        end++;
    }
    if (end >= p->length) {
        fail(p, "unterminated string");
        return NULL;
    }
    char *out = arena_alloc(p->arena, end - p->index + 1);
    if (out == NULL) {
        fail(p, "out of memory");
        return NULL;
    }
    size_t n = 0;
    while (p->index < end) {
        unsigned char c = (unsigned char)p->text[p->index++];
        if (c < 0x20) {
            fail(p, "control character in a string");
            return NULL;
        }
        if (c != '\\') {
            out[n++] = (char)c;
            continue;
        }
        char e = p->text[p->index++];
        switch (e) {
        case '"': out[n++] = '"'; break;
        case '\\': out[n++] = '\\'; break;
        case '/': out[n++] = '/'; break;
        case 'b': out[n++] = '\b'; break;
        case 'f': out[n++] = '\f'; break;
        case 'n': out[n++] = '\n'; break;
        case 'r': out[n++] = '\r'; break;
        case 't': out[n++] = '\t'; break;
        case 'u': {
            unsigned code;
            if (!hex4(p, &code)) {
                fail(p, "invalid \\u escape");
                return NULL;
            }
            if (code >= 0xD800 && code <= 0xDBFF) {
                unsigned low;
                if (p->index + 2 > end || p->text[p->index] != '\\' || p->text[p->index + 1] != 'u') {
                    fail(p, "unpaired surrogate");
                    return NULL;
                }
                p->index += 2;
                if (!hex4(p, &low) || low < 0xDC00 || low > 0xDFFF) {
                    fail(p, "unpaired surrogate");
                    return NULL;
                }
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
            } else if (code >= 0xDC00 && code <= 0xDFFF) {
                fail(p, "unpaired surrogate");
                return NULL;
            }
            /* \uXXXX takes six bytes and its UTF-8 at most four, so out never overflows. */
            if (code < 0x80) {
                out[n++] = (char)code;
            } else if (code < 0x800) {
                out[n++] = (char)(0xC0 | (code >> 6));
                out[n++] = (char)(0x80 | (code & 0x3F));
            } else if (code < 0x10000) {
                out[n++] = (char)(0xE0 | (code >> 12));
                out[n++] = (char)(0x80 | ((code >> 6) & 0x3F));
                out[n++] = (char)(0x80 | (code & 0x3F));
            } else {
                out[n++] = (char)(0xF0 | (code >> 18));
                out[n++] = (char)(0x80 | ((code >> 12) & 0x3F));
                out[n++] = (char)(0x80 | ((code >> 6) & 0x3F));
                out[n++] = (char)(0x80 | (code & 0x3F));
            }
            break;
        }
        default:
            fail(p, "invalid escape");
            return NULL;
        }
    }
    p->index = end + 1;
    out[n] = '\0';
    return out;
}

static rfj_value *parse_value(parser *p);

static rfj_value *parse_number(parser *p) {
    size_t start = p->index;
    if (p->text[p->index] == '-') p->index++;
    size_t digits = p->index;
    while (p->index < p->length && p->text[p->index] >= '0' && p->text[p->index] <= '9') p->index++;
    if (p->index == digits) return fail(p, "expected a digit");
    if (p->index < p->length && p->text[p->index] == '.') {
        p->index++;
        size_t fraction = p->index;
        while (p->index < p->length && p->text[p->index] >= '0' && p->text[p->index] <= '9') p->index++;
        if (p->index == fraction) return fail(p, "expected a digit after '.'");
    }
    if (p->index < p->length && (p->text[p->index] == 'e' || p->text[p->index] == 'E')) {
        p->index++;
        if (p->index < p->length && (p->text[p->index] == '+' || p->text[p->index] == '-')) p->index++;
        size_t exponent = p->index;
        while (p->index < p->length && p->text[p->index] >= '0' && p->text[p->index] <= '9') p->index++;
        if (p->index == exponent) return fail(p, "expected a digit in the exponent");
    }
    /* Copy the token so strtod never reads past it, whatever follows in the buffer. */
    char token[64];
    size_t span = p->index - start;
    if (span >= sizeof(token)) return fail(p, "number too long");
    memcpy(token, p->text + start, span);
    token[span] = '\0';
    rfj_value *value = new_value(p, RFJ_NUMBER);
    if (value == NULL) return NULL;
    value->number = strtod(token, NULL);
    if (!isfinite(value->number)) return fail(p, "number out of range");
    return value;
}

static int literal(parser *p, const char *word) {
    size_t n = strlen(word);
    if (p->length - p->index < n || memcmp(p->text + p->index, word, n) != 0) return 0;
    p->index += n;
    return 1;
}

static rfj_value *parse_container(parser *p, int is_object) {
    if (++p->depth > RFJ_MAX_DEPTH) return fail(p, "nested too deeply");
    rfj_value *container = new_value(p, is_object ? RFJ_OBJECT : RFJ_ARRAY);
    if (container == NULL) return NULL;
    char close = is_object ? '}' : ']';
    p->index++;
    skip_space(p);
    if (p->index < p->length && p->text[p->index] == close) {
        p->index++;
        p->depth--;
        return container;
    }
    rfj_value *last = NULL;
    for (;;) {
        skip_space(p);
        const char *key = NULL;
        if (is_object) {
            if (p->index >= p->length || p->text[p->index] != '"') return fail(p, "expected a string key");
            key = parse_string(p);
            if (key == NULL) return NULL;
            skip_space(p);
            if (p->index >= p->length || p->text[p->index] != ':') return fail(p, "expected ':'");
            p->index++;
            skip_space(p);
        }
        rfj_value *element = parse_value(p);
        if (element == NULL) return NULL;
        element->key = key;
        if (last == NULL) container->first = element;
        else last->next = element;
        last = element;
        container->count++;
        skip_space(p);
        if (p->index >= p->length) return fail(p, "unexpected end of input");
        char c = p->text[p->index++];
        if (c == close) break;
        if (c != ',') return fail(p, is_object ? "expected ',' or '}'" : "expected ',' or ']'");
    }
    p->depth--;
    return container;
}

static rfj_value *parse_value(parser *p) {
    if (p->index >= p->length) return fail(p, "unexpected end of input");
    char c = p->text[p->index];
    switch (c) {
    case '{': return parse_container(p, 1);
    case '[': return parse_container(p, 0);
    case '"': {
        const char *string = parse_string(p);
        if (string == NULL) return NULL;
        rfj_value *value = new_value(p, RFJ_STRING);
        if (value != NULL) value->string = string;
        return value;
    }
    case 't':
    case 'f': {
        int truth = c == 't';
        if (!literal(p, truth ? "true" : "false")) return fail(p, "expected true or false");
        rfj_value *value = new_value(p, RFJ_BOOL);
        if (value != NULL) value->boolean = truth;
        return value;
    }
    case 'n':
        if (!literal(p, "null")) return fail(p, "expected null");
        return new_value(p, RFJ_NULL);
    default:
        if (c == '-' || (c >= '0' && c <= '9')) return parse_number(p);
        return fail(p, "unexpected character");
    }
}

rfj_value *rfj_parse(rfj_arena *arena, const char *text, size_t length, char *error, size_t error_size) {
    parser p = {arena, text, length, 0, 0, error, error_size};
    if (text == NULL) return fail(&p, "no input");
    skip_space(&p);
    rfj_value *root = parse_value(&p);
    if (root == NULL) return NULL;
    skip_space(&p);
    if (p.index != p.length) return fail(&p, "unexpected bytes after the JSON value");
    return root;
}

const rfj_value *rfj_member(const rfj_value *object, const char *key) {
    if (object == NULL || object->type != RFJ_OBJECT) return NULL;
    for (const rfj_value *member = object->first; member != NULL; member = member->next) {
        if (strcmp(member->key, key) == 0) return member;
    }
    return NULL;
}
