/** What other modules and the server may call in collections: aging, pools, agents, visibility. */
package org.dunwell.collections.api;
