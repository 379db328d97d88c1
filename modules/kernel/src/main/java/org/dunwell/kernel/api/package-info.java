/** Money, typed keys, the business clock, paging, input limits and the domain error family. */
package org.dunwell.kernel.api;
