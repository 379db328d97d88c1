/** REST resources and configuration of AI drafting: customer summaries, reminder drafts, reply triage. */
package org.dunwell.server.ai;
