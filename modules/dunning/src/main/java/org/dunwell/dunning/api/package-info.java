/**
 * What other modules may call in dunning. Collection letters, interest and fees, and strategy-based process automation.
 * Holds little until its issue lands: the module exists so that it compiles and its
 * dependency rules are guarded from the first build.
 */
package org.dunwell.dunning.api;
