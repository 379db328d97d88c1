/** Contact channels beyond email: SMS, print and post. */
package org.dunwell.plugin.api.contact;
