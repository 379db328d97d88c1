/** The HTTP client of the in-server tests, with the checks every answer passes (the published OpenAPI document). */
package org.dunwell.acceptance;
