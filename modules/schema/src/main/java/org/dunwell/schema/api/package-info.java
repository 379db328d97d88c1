/** Runs every module's Flyway migrations on Derby or PostgreSQL. */
package org.dunwell.schema.api;
