/**
 * What other modules and the server may call in ai: customer summaries, reminder drafts and their workflow, and the
 * verifier's findings.
 */
package org.dunwell.ai.api;
