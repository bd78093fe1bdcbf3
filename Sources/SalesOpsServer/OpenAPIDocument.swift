/// The API's OpenAPI 3.1 description, served at `/openapi.json`. Response bodies refer to the
/// JSON Schemas of the CLI's outputs (schema/output) by their `$id`: one schema per shape.
enum OpenAPIDocument {
    static let json = #"""
{
  "components": {
    "parameters": {
      "cohort": {
        "description": "Only enrolments starting in this month, YYYY-MM.",
        "in": "query",
        "name": "cohort",
        "required": false,
        "schema": {
          "type": "string"
        }
      },
      "manager": {
        "description": "Only people reporting to this manager on their date (a manager token sees only their own).",
        "in": "query",
        "name": "manager",
        "required": false,
        "schema": {
          "type": "string"
        }
      },
      "minGroup": {
        "description": "The smallest group shown (at least 5).",
        "in": "query",
        "name": "minGroup",
        "required": false,
        "schema": {
          "type": "integer"
        }
      },
      "person": {
        "in": "path",
        "name": "person",
        "required": true,
        "schema": {
          "type": "string"
        }
      },
      "personTrack": {
        "description": "Which of the person's tracks (needed when they are on several).",
        "in": "query",
        "name": "track",
        "required": false,
        "schema": {
          "type": "string"
        }
      },
      "trackName": {
        "description": "The catalog's track (its metadata.name).",
        "in": "path",
        "name": "track",
        "required": true,
        "schema": {
          "type": "string"
        }
      },
      "track": {
        "description": "Only this track.",
        "in": "query",
        "name": "track",
        "required": false,
        "schema": {
          "type": "string"
        }
      }
    },
    "responses": {
      "BadRequest": {
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            }
          }
        },
        "description": "The request is malformed."
      },
      "Forbidden": {
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            }
          }
        },
        "description": "The token's role may not do this."
      },
      "NotFound": {
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            }
          }
        },
        "description": "No such person, enrolment or catalog document."
      },
      "Refused": {
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            }
          }
        },
        "description": "The onboarding rules or the evaluation refused the request."
      },
      "Unauthorized": {
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            }
          }
        },
        "description": "No valid token or session."
      }
    },
    "schemas": {
      "EnrolRequest": {
        "additionalProperties": false,
        "properties": {
          "contact": {
            "type": "string"
          },
          "email": {
            "type": "string"
          },
          "manager": {
            "type": "string"
          },
          "person": {
            "type": "string"
          },
          "start": {
            "format": "date",
            "type": "string"
          },
          "timezone": {
            "type": "string"
          },
          "track": {
            "type": "string"
          }
        },
        "required": [
          "person",
          "track",
          "start"
        ],
        "type": "object"
      },
      "Enrolled": {
        "additionalProperties": false,
        "properties": {
          "effectiveStart": {
            "format": "date",
            "type": "string"
          },
          "enrolled": {
            "type": "boolean"
          },
          "person": {
            "type": "string"
          },
          "start": {
            "format": "date",
            "type": "string"
          },
          "track": {
            "type": "string"
          },
          "trackVersion": {
            "type": "string"
          }
        },
        "required": [
          "person",
          "track",
          "trackVersion",
          "start",
          "effectiveStart",
          "enrolled"
        ],
        "type": "object"
      },
      "Error": {
        "additionalProperties": false,
        "properties": {
          "error": {
            "type": "string"
          }
        },
        "required": [
          "error"
        ],
        "type": "object"
      },
      "EvaluationRequest": {
        "additionalProperties": false,
        "properties": {
          "categories": {
            "items": {
              "type": "string"
            },
            "type": "array"
          },
          "evaluation": {
            "type": "string"
          },
          "method": {
            "enum": [
              "wsm",
              "wpm",
              "topsis",
              "vikor"
            ]
          },
          "samples": {
            "maximum": 100000,
            "minimum": 0,
            "type": "integer"
          },
          "seed": {
            "minimum": 0,
            "type": "integer"
          },
          "team": {
            "type": "string"
          }
        },
        "type": "object"
      },
      "Me": {
        "additionalProperties": false,
        "properties": {
          "person": {
            "type": "string"
          },
          "role": {
            "enum": [
              "admin",
              "enablement",
              "manager",
              "member",
              "viewer"
            ]
          },
          "token": {
            "description": "The token's public id.",
            "type": "string"
          }
        },
        "required": [
          "role",
          "token"
        ],
        "type": "object"
      },
      "RecordRequest": {
        "additionalProperties": false,
        "properties": {
          "evidence": {
            "minimum": 0,
            "type": "integer"
          },
          "kind": {
            "enum": [
              "complete",
              "attempt",
              "signoff",
              "waive"
            ]
          },
          "note": {
            "maxLength": 2000,
            "type": "string"
          },
          "on": {
            "format": "date",
            "type": "string"
          },
          "score": {
            "type": "number"
          },
          "step": {
            "type": "string"
          },
          "track": {
            "type": "string"
          },
          "value": {
            "type": "number"
          }
        },
        "required": [
          "kind",
          "step"
        ],
        "type": "object"
      },
      "Recorded": {
        "additionalProperties": false,
        "properties": {
          "certifiedUntil": {
            "format": "date",
            "type": "string"
          },
          "event": {
            "$ref": "https://salesops.dev/schema/v1/output/onboard-history.schema.json#/items"
          },
          "recorded": {
            "description": "False when the store already held this event.",
            "type": "boolean"
          }
        },
        "required": [
          "recorded",
          "event"
        ],
        "type": "object"
      },
      "TrackDefinition": {
        "additionalProperties": false,
        "properties": {
          "file": {
            "description": "The track's catalog file, relative to the catalog folder.",
            "type": "string"
          },
          "track": {
            "type": "string"
          },
          "version": {
            "description": "The version new enrolments are pinned to: the SHA-256 of the track's canonical JSON.",
            "type": "string"
          },
          "yaml": {
            "description": "The file's text.",
            "type": "string"
          }
        },
        "required": [
          "track",
          "file",
          "yaml",
          "version"
        ],
        "type": "object"
      },
      "TrackEdit": {
        "additionalProperties": false,
        "properties": {
          "changed": {
            "description": "False when the edit changed nothing the track means (comments, layout): the version stays.",
            "type": "boolean"
          },
          "editedAt": {
            "description": "When, in UTC (ISO 8601).",
            "type": "string"
          },
          "editedBy": {
            "description": "The signed-in actor: the token's person, else token:ID.",
            "type": "string"
          },
          "file": {
            "type": "string"
          },
          "previousVersion": {
            "type": "string"
          },
          "track": {
            "type": "string"
          },
          "version": {
            "description": "The version new enrolments now get; enrolled people keep theirs until `onboard upgrade`.",
            "type": "string"
          }
        },
        "required": [
          "track",
          "file",
          "previousVersion",
          "version",
          "changed",
          "editedBy",
          "editedAt"
        ],
        "type": "object"
      },
      "TrackEditRefused": {
        "additionalProperties": false,
        "properties": {
          "error": {
            "type": "string"
          },
          "problems": {
            "description": "Every problem `catalog validate` finds with the edit in place, at its file (relative to the catalog folder), line and column.",
            "items": {
              "additionalProperties": false,
              "properties": {
                "column": {
                  "minimum": 1,
                  "type": "integer"
                },
                "file": {
                  "type": "string"
                },
                "line": {
                  "minimum": 1,
                  "type": "integer"
                },
                "message": {
                  "type": "string"
                },
                "path": {
                  "description": "Where in the document, e.g. spec.steps[2].owner; empty for the document as a whole.",
                  "type": "string"
                }
              },
              "required": [
                "file",
                "line",
                "column",
                "path",
                "message"
              ],
              "type": "object"
            },
            "minItems": 1,
            "type": "array"
          }
        },
        "required": [
          "error",
          "problems"
        ],
        "type": "object"
      },
      "TrackEditRequest": {
        "additionalProperties": false,
        "properties": {
          "yaml": {
            "description": "The track's whole file: one Track document, keeping its kind and name.",
            "type": "string"
          }
        },
        "required": [
          "yaml"
        ],
        "type": "object"
      },
      "StoreCheck": {
        "additionalProperties": false,
        "properties": {
          "definitions": {
            "minimum": 0,
            "type": "integer"
          },
          "enrolments": {
            "minimum": 0,
            "type": "integer"
          },
          "events": {
            "minimum": 0,
            "type": "integer"
          },
          "location": {
            "description": "The store: its file, or its URL with the password replaced by ***.",
            "type": "string"
          },
          "people": {
            "minimum": 0,
            "type": "integer"
          },
          "problems": {
            "description": "Empty when the store is sound.",
            "items": {
              "type": "string"
            },
            "type": "array"
          },
          "schemaVersion": {
            "type": "integer"
          }
        },
        "required": [
          "location",
          "schemaVersion",
          "definitions",
          "people",
          "enrolments",
          "events",
          "problems"
        ],
        "type": "object"
      }
    },
    "securitySchemes": {
      "bearer": {
        "description": "A token from `salesops token create`; a browser may use the session cookie from /signin instead.",
        "scheme": "bearer",
        "type": "http"
      }
    }
  },
  "info": {
    "description": "The onboarding and evaluation services of salesops over HTTP. Sign in with `Authorization: Bearer TOKEN` (tokens come from `salesops token create`). Response bodies follow the JSON Schemas of the matching `salesops … --format json` outputs, referenced by their $id (the schema/ folder of the salesops repository).",
    "title": "salesops serve",
    "version": "1"
  },
  "openapi": "3.1.0",
  "paths": {
    "/api/anonymous/enrolments": {
      "get": {
        "parameters": [
          {
            "$ref": "#/components/parameters/track"
          },
          {
            "$ref": "#/components/parameters/cohort"
          },
          {
            "$ref": "#/components/parameters/minGroup"
          }
        ],
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "https://salesops.dev/schema/v1/output/onboard-status-anonymized.schema.json"
                }
              }
            },
            "description": "OK"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          }
        },
        "summary": "Enrolments anonymised: pseudonyms, ISO weeks, groups of at least minGroup people (never below 5)."
      }
    },
    "/api/anonymous/rollups": {
      "get": {
        "parameters": [
          {
            "description": "manager (default), track or cohort.",
            "in": "query",
            "name": "by",
            "required": false,
            "schema": {
              "enum": [
                "manager",
                "track",
                "cohort"
              ]
            }
          },
          {
            "$ref": "#/components/parameters/track"
          },
          {
            "$ref": "#/components/parameters/cohort"
          },
          {
            "$ref": "#/components/parameters/minGroup"
          }
        ],
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "https://salesops.dev/schema/v1/output/onboard-status-rollup-anonymized.schema.json"
                }
              }
            },
            "description": "OK"
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          }
        },
        "summary": "Rollups by manager, track or cohort, anonymised: groups smaller than minGroup merged into (other) or withheld."
      }
    },
    "/api/catalog": {
      "get": {
        "parameters": [
          {
            "description": "Only documents of this kind (Tool, Team, Evaluation, Track, Calendar…).",
            "in": "query",
            "name": "kind",
            "required": false,
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "https://salesops.dev/schema/v1/output/catalog-list.schema.json"
                }
              }
            },
            "description": "OK"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          }
        },
        "summary": "The catalog's documents: kind, name and title."
      }
    },
    "/api/enrolments": {
      "get": {
        "parameters": [
          {
            "$ref": "#/components/parameters/manager"
          },
          {
            "$ref": "#/components/parameters/track"
          },
          {
            "$ref": "#/components/parameters/cohort"
          }
        ],
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "https://salesops.dev/schema/v1/output/onboard-status-list.schema.json"
                }
              }
            },
            "description": "OK"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        },
        "summary": "Enrolments with progress and health, as `onboard status --format json`. A manager sees their reports, a member themself; viewers use /api/anonymous/enrolments."
      },
      "post": {
        "requestBody": {
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/EnrolRequest"
              }
            }
          },
          "required": true
        },
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Enrolled"
                }
              }
            },
            "description": "Already enrolled the same way; nothing changed."
          },
          "201": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Enrolled"
                }
              }
            },
            "description": "Enrolled."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/Refused"
          }
        },
        "summary": "Enrol a person on the catalog's current version of a track (admin, enablement)."
      }
    },
    "/api/evaluations": {
      "post": {
        "requestBody": {
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/EvaluationRequest"
              }
            }
          },
          "required": true
        },
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "https://salesops.dev/schema/v1/evaluation-report.schema.json"
                }
              }
            },
            "description": "The report, as `salesops evaluate --format json`."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/Refused"
          }
        },
        "summary": "Run an evaluation: a catalog Evaluation by name, the default one, or a team against tool categories. Not for members."
      }
    },
    "/api/forecasts": {
      "get": {
        "parameters": [
          {
            "$ref": "#/components/parameters/manager"
          },
          {
            "$ref": "#/components/parameters/track"
          },
          {
            "$ref": "#/components/parameters/cohort"
          }
        ],
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "https://salesops.dev/schema/v1/output/onboard-forecast.schema.json"
                }
              }
            },
            "description": "OK"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        },
        "summary": "Ramp forecasts of the enrolments with steps left, as `onboard forecast --format json`."
      }
    },
    "/api/me": {
      "get": {
        "parameters": [],
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Me"
                }
              }
            },
            "description": "OK"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          }
        },
        "summary": "Who the token signs in as."
      }
    },
    "/api/overdue": {
      "get": {
        "parameters": [
          {
            "$ref": "#/components/parameters/manager"
          },
          {
            "$ref": "#/components/parameters/track"
          },
          {
            "$ref": "#/components/parameters/cohort"
          }
        ],
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "https://salesops.dev/schema/v1/output/onboard-overdue.schema.json"
                }
              }
            },
            "description": "OK"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        },
        "summary": "Steps past their due date, most overdue first, as `onboard overdue --format json`."
      }
    },
    "/api/people/{person}/checklist": {
      "get": {
        "parameters": [
          {
            "$ref": "#/components/parameters/person"
          },
          {
            "$ref": "#/components/parameters/personTrack"
          }
        ],
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "https://salesops.dev/schema/v1/output/checklist.schema.json"
                }
              }
            },
            "description": "OK"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        },
        "summary": "The person's dated checklist, as `checklist PERSON --format json`."
      }
    },
    "/api/people/{person}/events": {
      "post": {
        "parameters": [
          {
            "$ref": "#/components/parameters/person"
          }
        ],
        "requestBody": {
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/RecordRequest"
              }
            }
          },
          "required": true
        },
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Recorded"
                }
              }
            },
            "description": "The same event was recorded already; nothing changed."
          },
          "201": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Recorded"
                }
              }
            },
            "description": "Recorded."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            },
            "description": "A different event with the same key is stored."
          },
          "422": {
            "$ref": "#/components/responses/Refused"
          }
        },
        "summary": "Record a completion, certification attempt, sign-off or waiver. The event's actor is the signed-in person (or token). Members record their own completions and attempts; managers anything about their reports, signing off as themselves."
      }
    },
    "/api/people/{person}/forecast": {
      "get": {
        "parameters": [
          {
            "$ref": "#/components/parameters/person"
          },
          {
            "$ref": "#/components/parameters/personTrack"
          }
        ],
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "https://salesops.dev/schema/v1/output/onboard-forecast.schema.json#/items"
                }
              }
            },
            "description": "OK"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        },
        "summary": "The person's ramp forecast."
      }
    },
    "/api/people/{person}/history": {
      "get": {
        "parameters": [
          {
            "$ref": "#/components/parameters/person"
          },
          {
            "$ref": "#/components/parameters/personTrack"
          }
        ],
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "https://salesops.dev/schema/v1/output/onboard-history.schema.json"
                }
              }
            },
            "description": "OK"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        },
        "summary": "Every recorded event of the person, with who recorded it."
      }
    },
    "/api/people/{person}/status": {
      "get": {
        "parameters": [
          {
            "$ref": "#/components/parameters/person"
          },
          {
            "$ref": "#/components/parameters/personTrack"
          }
        ],
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "https://salesops.dev/schema/v1/output/onboard-status-person.schema.json"
                }
              }
            },
            "description": "OK"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        },
        "summary": "One person's enrolment step by step, as `onboard status PERSON --format json`."
      }
    },
    "/api/store/check": {
      "get": {
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/StoreCheck"
                }
              }
            },
            "description": "The check ran; `problems` lists what is wrong, empty when the store is sound."
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          }
        },
        "summary": "salesops store check: every row read back and the database's own integrity check (admin only)."
      }
    },
    "/api/tracks/{track}": {
      "get": {
        "parameters": [
          {
            "$ref": "#/components/parameters/trackName"
          }
        ],
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TrackDefinition"
                }
              }
            },
            "description": "OK"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        },
        "summary": "A track's definition as its catalog file holds it, and its current version (admin, enablement)."
      },
      "post": {
        "parameters": [
          {
            "$ref": "#/components/parameters/trackName"
          }
        ],
        "requestBody": {
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/TrackEditRequest"
              }
            }
          },
          "required": true
        },
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TrackEdit"
                }
              }
            },
            "description": "Saved: the catalog file was replaced and the new version kept in the store."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TrackEditRefused"
                }
              }
            },
            "description": "Not saved: the edit does not pass `catalog validate`, or renames the track or changes its kind."
          }
        },
        "summary": "Submit an edited track definition (admin, enablement): validated with the whole catalog, then saved as a new version that new enrolments get."
      }
    },
    "/healthz": {
      "get": {
        "responses": {
          "200": {
            "content": {
              "text/plain": {
                "schema": {
                  "const": "ok\n",
                  "type": "string"
                }
              }
            },
            "description": "ok"
          }
        },
        "security": [],
        "summary": "Whether the server runs."
      }
    },
    "/openapi.json": {
      "get": {
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "schema": {
                  "required": [
                    "openapi",
                    "paths"
                  ],
                  "type": "object"
                }
              }
            },
            "description": "OpenAPI 3.1"
          }
        },
        "security": [],
        "summary": "This document."
      }
    }
  },
  "security": [
    {
      "bearer": []
    }
  ]
}
"""#
}
