/** Plugin configurations and their rules, bureau report rules, and the ports infrastructure implements. */
package org.dunwell.integrations.domain;
