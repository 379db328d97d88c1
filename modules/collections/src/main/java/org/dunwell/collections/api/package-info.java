/**
 * What other modules may call in collections. Aging, pools and agents, the coordinator workspace and the collection actions.
 * Holds little until its issue lands: the module exists so that it compiles and its
 * dependency rules are guarded from the first build.
 */
package org.dunwell.collections.api;
