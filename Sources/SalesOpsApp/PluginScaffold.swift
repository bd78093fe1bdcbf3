import Foundation
import SalesOpsPluginHost

/// `salesops plugins new`: a plugin project that builds as written, in C (a Makefile and one
/// source file against `salesops_plugin.h`) or Swift (a package with a path dependency on a
/// salesops checkout), with one capability of the chosen type to fill in.
package struct PluginScaffold: Sendable {
    package enum Language: String, CaseIterable, Sendable {
        case c, swift
    }

    /// The plugin id, which is also its capability's id and its library's name (`libNAME.so`).
    package var name: String
    package var language: Language
    package var type: CapabilityType
    /// The salesops checkout the project builds against (its header, or its SDK package).
    package var checkout: String

    package init(name: String, language: Language, type: CapabilityType, checkout: String) throws(PluginScaffoldError) {
        guard Identifier.isValid(name) else { throw .badName(name) }
        self.name = name
        self.language = language
        self.type = type
        self.checkout = checkout
    }

    /// The salesops checkout holding the running executable (`CHECKOUT/.build/…/salesops`): the
    /// first folder above it with the plugin header and the SDK's sources.
    package static func checkoutAbove(_ folder: String?) -> String? {
        guard let folder else { return nil }
        var url = URL(fileURLWithPath: folder).standardizedFileURL
        while url.path != "/" {
            if isCheckout(url.path) { return url.path }
            url.deleteLastPathComponent()
        }
        return nil
    }

    package static func isCheckout(_ folder: String) -> Bool {
        ["Package.swift", headerPath, "Sources/SalesOpsPluginSDK"].allSatisfy {
            FileManager.default.fileExists(atPath: folder + "/" + $0)
        }
    }

    static let headerPath = "Sources/CSalesOpsPluginABI/include/salesops_plugin.h"

    /// The Swift target's name: `my-plugin` becomes `MyPlugin`.
    var targetName: String {
        name.split(whereSeparator: { "-_.".contains($0) }).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// Every file, by path relative to the project folder.
    package var files: [(path: String, contents: String)] {
        switch language {
        case .c:
            return [("Makefile", cMakefile), (cSourceName, cSource), (".gitignore", "lib\(name).so\n")]
        case .swift:
            return [("Package.swift", swiftPackage), ("Sources/\(targetName)/\(targetName).swift", swiftSource),
                    (".gitignore", ".build/\nPackage.resolved\n")]
        }
    }

    /// Writes the files under `folder` (created if missing); refuses, writing nothing, when any exists.
    package func write(to folder: String) throws(PluginScaffoldError) -> [String] {
        let paths = files.map { folder + "/" + $0.path }
        let existing = paths.filter { FileManager.default.fileExists(atPath: $0) }
        guard existing.isEmpty else { throw .wouldOverwrite(existing) }
        do {
            for (path, file) in zip(paths, files) {
                try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try file.contents.write(toFile: path, atomically: true, encoding: .utf8)
            }
        } catch {
            throw .cannotWrite(folder, "\(error.localizedDescription)")
        }
        return paths
    }

    // MARK: C

    var cSourceName: String { name.replacing("-", with: "_").replacing(".", with: "_") + ".c" }

    var cMakefile: String {
        """
        # lib\(name).so: a salesops plugin in C. `make`, then put the library in a plugin folder:
        #   install -m 755 lib\(name).so ~/.salesops/plugins/
        #   salesops plugins info \(name) --plugins ~/.salesops/plugins
        # SALESOPS is the salesops checkout whose Sources/CSalesOpsPluginABI/include has salesops_plugin.h.
        SALESOPS ?= \(checkout)
        CFLAGS ?= -O2 -Wall -Wextra

        lib\(name).so: \(cSourceName)
        \t$(CC) -shared -fPIC $(CFLAGS) -I$(SALESOPS)/Sources/CSalesOpsPluginABI/include -o $@ \(cSourceName)

        clean:
        \trm -f lib\(name).so

        .PHONY: clean

        """
    }

    /// The manifest entry of the one capability, as C string text (quotes escaped).
    var cCapability: String {
        let base = #"{\"type\":\"\#(type.rawValue)\",\"id\":\"\#(name)\",\"summary\":\"TODO: one line on what it does.\""#
        switch type {
        case .criterion, .verifier:
            return base + "}"
        case .trackKind:
            return base + #",\"trackKind\":{\"owners\":[\"newcomer\",\"manager\",\"enablement\"],"#
                + #"\"fields\":{\"type\":\"object\",\"additionalProperties\":false,\"properties\":{}}}}"#
        case .exporter:
            return base + #",\"exporter\":{\"mediaType\":\"text/plain\",\"fileExtension\":\"txt\",\"serves\":[\"checklist\"]}}"#
        }
    }

    /// What invoke answers, in C.
    var cAnswer: String {
        switch type {
        case .criterion:
            return """
                /* One score per candidate, in order (null: no value). TODO: score each one. */
                return reply_list(response, response_length, "{\\"scores\\":[", "null", count_items(request, "candidates"));
            """
        case .verifier:
            return """
                /* One result per attempt, in order. TODO: decide each one. */
                return reply_list(response, response_length, "{\\"results\\":[",
                                  "{\\"passed\\":false,\\"reason\\":\\"not decided yet\\"}", count_items(request, "attempts"));
            """
        case .trackKind:
            return """
                /* request is {"track": {...}}, spec.fields already checked against the manifest's schema.
                 * TODO: the checks a schema cannot say; each problem {"path": "fields.x", "message": "..."}. */
                return reply_text(response, response_length, "{\\"problems\\":[]}", SALESOPS_PLUGIN_OK);
            """
        case .exporter:
            return """
                /* request is {"params": {...}, "document": "checklist", "payload": {...}}. TODO: render it. */
                return reply_text(response, response_length, "{\\"content\\":\\"TODO\\\\n\\",\\"mediaType\\":\\"text/plain\\"}", SALESOPS_PLUGIN_OK);
            """
        }
    }

    /// Counting a request's list and answering one entry per element, for criteria and verifiers.
    var cListHelpers: String {
        guard type == .criterion || type == .verifier else { return "" }
        return """

            /* The number of elements of the top-level array member `key` of request (0 if none). */
            static size_t count_items(const char *request, const char *key) {
                char pattern[64];
                const char *p;
                size_t count = 0;
                int depth = 0, in_string = 0;
                snprintf(pattern, sizeof pattern, "\\"%s\\":[", key);
                if ((p = strstr(request, pattern)) == NULL) return 0;
                for (p += strlen(pattern); *p; p++) {
                    if (in_string) {
                        if (*p == '\\\\' && p[1]) p++;
                        else if (*p == '"') in_string = 0;
                        continue;
                    }
                    if (strchr(" \\t\\r\\n", *p)) continue;
                    if ((*p == ']' || *p == '}') && depth == 0) break;
                    if (count == 0) count = 1;
                    if (*p == '"') in_string = 1;
                    else if (*p == '[' || *p == '{') depth++;
                    else if (*p == ']' || *p == '}') depth--;
                    else if (*p == ',' && depth == 0) count++;
                }
                return count;
            }

            /* `open`, then `item` count times separated by commas, then "]}". */
            static int32_t reply_list(char **response, size_t *response_length, const char *open, const char *item, size_t count) {
                size_t size = strlen(open) + count * (strlen(item) + 1) + 3, i;
                char *body = malloc(size), *end;
                if (body == NULL) return SALESOPS_PLUGIN_ERROR_FAILED;
                end = body + sprintf(body, "%s", open);
                for (i = 0; i < count; i++) end += sprintf(end, "%s%s", i ? "," : "", item);
                sprintf(end, "]}");
                *response = body;
                *response_length = strlen(body);
                return SALESOPS_PLUGIN_OK;
            }

            """
    }

    var cSource: String {
        """
        /*
         * \(name): a salesops plugin providing the \(type.rawValue) `\(name)`, in C against salesops_plugin.h
         * alone. The request and response shapes are in the salesops checkout's plugins/README.md
         * ("JSON wire shapes"). Build with `make`.
         */
        #include "salesops_plugin.h"
        #include <stdio.h>
        #include <stdlib.h>
        #include <string.h>

        static const char manifest[] =
            "{\\"id\\":\\"\(name)\\",\\"version\\":\\"0.1.0\\",\\"abiVersion\\":2,\\"capabilities\\":["
            "\(cCapability)]}";

        /* Hands out a malloc'd copy of body; the host gives it back to free_response. */
        static int32_t reply_text(char **response, size_t *response_length, const char *body, int32_t code) {
            *response = strdup(body);
            if (*response == NULL) return SALESOPS_PLUGIN_ERROR_FAILED;
            *response_length = strlen(body);
            return code;
        }
        \(cListHelpers)
        static int32_t invoke(void *ctx, const char *capability, const char *request, size_t request_length,
                              char **response, size_t *response_length) {
            (void)ctx;
            (void)request;
            (void)request_length; /* request is NUL-terminated */
            if (strcmp(capability, "\(type.rawValue)/\(name)") != 0)
                return reply_text(response, response_length, "{\\"error\\":\\"no such capability\\"}",
                                  SALESOPS_PLUGIN_ERROR_UNKNOWN_CAPABILITY);
        \(cAnswer)
        }

        static void free_response(void *ctx, char *response, size_t response_length) {
            (void)ctx;
            (void)response_length;
            free(response);
        }

        /* 2: the ABI version this plugin speaks, as its manifest's abiVersion says. */
        static const salesops_plugin_table table = {2, manifest, NULL, invoke, free_response};

        const salesops_plugin_table *salesops_plugin_entry(uint32_t host_abi) {
            (void)host_abi; /* the host checks table.abi_version against what it speaks */
            return &table;
        }

        """
    }

    // MARK: Swift

    var swiftPackage: String {
        """
        // swift-tools-version:6.0
        import PackageDescription

        let package = Package(
            name: "\(name)",
            products: [
                // The plugin: `swift build --product \(name)` writes .build/debug/lib\(name).so.
                .library(name: "\(name)", type: .dynamic, targets: ["\(targetName)"]),
            ],
            dependencies: [
                // The salesops checkout. A path dependency is known by its folder's name unless
                // given one; `name: "salesops"` keeps `package: "salesops"` below right wherever it is.
                .package(name: "salesops", path: "\(checkout)"),
            ],
            targets: [
                .target(name: "\(targetName)", dependencies: [.product(name: "SalesOpsPluginSDK", package: "salesops")]),
            ],
            swiftLanguageModes: [.v6]
        )

        """
    }

    var swiftCapability: (type: String, body: String, list: String) {
        switch type {
        case .criterion:
            return ("Criterion", """
                struct \(targetName)Criterion: CriterionScorer {
                    let id = "\(name)"
                    let summary = "TODO: one line on what it measures."
                    let parameters: JSONValue = ["type": "object", "properties": [:], "additionalProperties": false]
                    /// The candidate members it reads; each candidate arrives cut down to them.
                    var candidateFields: [String]? { ["metadata.name", "spec"] }

                    /// One score per candidate, in order; nil when a candidate has no value.
                    func score(_ request: CriterionRequest) throws -> [Double?] {
                        request.candidates.map { _ in nil }   // TODO: score each candidate
                    }
                }
                """, "criteria")
        case .verifier:
            return ("Verifier", """
                struct \(targetName)Verifier: CertificationVerifier {
                    let id = "\(name)"
                    let summary = "TODO: one line on when an attempt passes."
                    let parameters: JSONValue = ["type": "object", "properties": [:], "additionalProperties": false]

                    /// One result per attempt, in order.
                    func verify(_ request: VerificationRequest) throws -> [VerificationResult] {
                        request.attempts.map { _ in .fail("not decided yet") }   // TODO: decide each attempt
                    }
                }
                """, "verifiers")
        case .trackKind:
            return ("TrackKind", """
                struct \(targetName)TrackKind: TrackKind {
                    let id = "\(name)"
                    let summary = "TODO: one line on whose onboarding this is."
                    let traits = TrackKindTraits(
                        owners: ["newcomer", "manager", "enablement"],
                        // The JSON Schema of the kind's own fields, written in a Track as spec.fields.
                        fields: ["type": "object", "properties": [:], "additionalProperties": false]
                    )

                    /// The default checks (step owners, required fields); add what no schema can say.
                    func validate(_ request: TrackValidationRequest) throws -> [TrackProblem] {
                        traits.problems(in: request.track)
                    }
                }
                """, "trackKinds")
        case .exporter:
            return ("Exporter", """
                struct \(targetName)Exporter: ReportExporter {
                    let id = "\(name)"
                    let summary = "TODO: one line on the format it writes."
                    let traits = ExporterTraits(mediaType: "text/plain", fileExtension: "txt", serves: [.checklist])

                    /// request.payload is the command's JSON output (`salesops checklist --format json`).
                    func export(_ request: ExportRequest) throws -> ExportResponse {
                        ExportResponse(content: "TODO\\n", mediaType: traits.mediaType)
                    }
                }
                """, "exporters")
        }
    }

    var swiftSource: String {
        let capability = swiftCapability
        return """
            import SalesOpsPluginSDK

            // \(name): a salesops plugin providing the \(type.rawValue) `\(name)`. The protocols and
            // wire shapes are in the salesops checkout's plugins/README.md.

            \(capability.body)

            let plugin = PluginDefinition(id: "\(name)", version: "0.1.0", \(capability.list): [\(targetName)\(capability.type)()])

            @_cdecl("salesops_plugin_entry")
            public func salesopsPluginEntry(_ hostABI: UInt32) -> UnsafePointer<salesops_plugin_table>? {
                plugin.entry(hostABI: hostABI)
            }

            """
    }
}

/// Why `salesops plugins new` wrote nothing.
package enum PluginScaffoldError: Error, CustomStringConvertible, Equatable {
    case badName(String)
    case wouldOverwrite([String])
    case cannotWrite(String, String)
    case noCheckout

    package var description: String {
        switch self {
        case .badName(let name):
            return "plugin name `\(name)`: use lower-case letters and digits separated by -, _ or . (e.g. my-criterion)"
        case .wouldOverwrite(let paths):
            return "not overwriting \(paths.joined(separator: ", ")); choose another --output folder or name, or move them away"
        case let .cannotWrite(folder, reason):
            return "cannot write the plugin project in \(folder): \(reason)"
        case .noCheckout:
            return "no salesops checkout above this salesops executable to build the plugin against; "
                + "pass --salesops DIR, a salesops source checkout (with Sources/CSalesOpsPluginABI/include/salesops_plugin.h)"
        }
    }
}
