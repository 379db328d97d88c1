/** Completes the OpenAPI document at build time. */
package org.dunwell.server.openapi;
