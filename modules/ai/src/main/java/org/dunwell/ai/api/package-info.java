/**
 * What other modules may call in ai. Customer summaries and reminder drafts worded by a language model from facts the ledger holds.
 * Holds little until its issue lands: the module exists so that it compiles and its
 * dependency rules are guarded from the first build.
 */
package org.dunwell.ai.api;
