/**
 * The REST resources of dunning (letter sequences, interest codes, letter runs and their batch job, letters and
 * their PDFs, statements, the outbox and its sender, case categories) and the mail session the outbox sends with.
 */
package org.dunwell.server.dunning;
