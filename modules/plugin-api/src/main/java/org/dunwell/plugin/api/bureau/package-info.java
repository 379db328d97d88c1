/** Credit bureau integrations: a company's score, rating and recommended limit. */
package org.dunwell.plugin.api.bureau;
