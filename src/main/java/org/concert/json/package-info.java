/**
 * The application's one JSON mapper ({@link org.concert.json.Json}): case files and request bodies are
 * read with it, and the command line, the reports, the audit log and the HTTP API write with it, so
 * that the same value has the same JSON everywhere.
 */
package org.concert.json;
