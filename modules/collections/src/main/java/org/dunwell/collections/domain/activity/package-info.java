/** Collection activities: logged or planned on a customer, closed, reassigned, followed up. */
package org.dunwell.collections.domain.activity;
