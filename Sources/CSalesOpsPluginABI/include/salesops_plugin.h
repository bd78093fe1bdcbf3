/*
 * salesops plugin ABI, version 2.
 *
 * A plugin is a shared library (.so) that exports one C symbol:
 *
 *     const salesops_plugin_table *salesops_plugin_entry(uint32_t host_abi);
 *
 * The host passes the ABI version it speaks; the plugin returns a pointer to a
 * table that lives as long as the process (the host never unloads a plugin),
 * or NULL when it cannot serve that host at all. A host that speaks version 2
 * asks for 2 and, given NULL, asks again for 1. It loads tables of version 1 and
 * 2 and refuses any other abi_version.
 *
 * Version 2 keeps version 1's table and entry point; it changes what crosses them:
 * criteria receive today, each candidate's chosen tier and cost of ownership and the
 * exchange rates, and may declare their direction and value range; verifiers receive
 * the whole attempt (evidence items, the note, earlier attempts, the person's public
 * fields) and may answer {"pending": true, "reason": "..."}. The host sends a version-1
 * plugin the version-1 shapes, so a plugin built against version 1 keeps working
 * unchanged.
 *
 * Every payload is UTF-8 JSON. The wire shapes are documented in plugins/README.md.
 * Calls are batched: one call scores every candidate for one criterion, one call
 * verifies every attempt in a batch.
 */
#ifndef SALESOPS_PLUGIN_H
#define SALESOPS_PLUGIN_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The ABI version this header describes. Bumped on any incompatible change. */
#define SALESOPS_PLUGIN_ABI_VERSION 2u

/* The name of the one symbol a plugin exports. */
#define SALESOPS_PLUGIN_ENTRY_SYMBOL "salesops_plugin_entry"

/* Return codes of invoke. Any non-zero code is an error; the response then holds
 * {"error": "..."}. Codes above 3 are the plugin's own. */
#define SALESOPS_PLUGIN_OK 0
#define SALESOPS_PLUGIN_ERROR_FAILED 1              /* the capability ran and failed */
#define SALESOPS_PLUGIN_ERROR_BAD_REQUEST 2         /* the request JSON was not understood */
#define SALESOPS_PLUGIN_ERROR_UNKNOWN_CAPABILITY 3  /* no such "type/id" in this plugin */

/*
 * Runs one capability on one batched request.
 *
 * ctx               the table's ctx, passed back unchanged.
 * capability        "type/id", NUL-terminated, e.g. "criterion/data-residency-fit",
 *                   "verifier/quiz-score", "trackKind/hire", "exporter/markdown".
 * request           request JSON; request[request_length] is always a NUL byte
 *                   (not counted), so C code may treat it as a C string.
 * response          out: a buffer the plugin allocates, released by the host
 *                   with free_response. May be left NULL only with a non-zero code.
 * response_length   out: the number of bytes in *response.
 *
 * Returns SALESOPS_PLUGIN_OK, or a non-zero code with *response = {"error": "..."}.
 * The host may call invoke from several threads at once: keep it reentrant.
 */
typedef int32_t (*salesops_plugin_invoke_fn)(void *ctx,
                                             const char *capability,
                                             const char *request,
                                             size_t request_length,
                                             char **response,
                                             size_t *response_length);

/* Releases a response buffer returned by invoke. */
typedef void (*salesops_plugin_free_response_fn)(void *ctx, char *response, size_t response_length);

/* What salesops_plugin_entry returns. Never written by the host. */
typedef struct salesops_plugin_table {
    /* SALESOPS_PLUGIN_ABI_VERSION of the header the plugin was built with. */
    uint32_t abi_version;
    /* NUL-terminated UTF-8 JSON: {"id", "version", "abiVersion", "capabilities": [...]}. */
    const char *manifest;
    /* Opaque plugin state handed back to invoke and free_response. */
    void *ctx;
    salesops_plugin_invoke_fn invoke;
    salesops_plugin_free_response_fn free_response;
} salesops_plugin_table;

/* The type of the entry point, for dlsym. */
typedef const salesops_plugin_table *(*salesops_plugin_entry_fn)(uint32_t host_abi);

#if !defined(__swift__)
/* Plugins written in C define this; Swift plugins use @_cdecl("salesops_plugin_entry"). */
const salesops_plugin_table *salesops_plugin_entry(uint32_t host_abi);
#endif

#ifdef __cplusplus
}
#endif

#endif /* SALESOPS_PLUGIN_H */
