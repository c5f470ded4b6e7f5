/**
 * The command line, in the same jar as the server: {@code evaluate}, and the analyst's tools that
 * later issues add. Commands print readable text by default and the API's JSON with
 * {@code --format json}; bad input exits with code 2 and the located error on stderr.
 */
package org.concert.cli;
