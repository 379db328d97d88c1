/** The seeded generator of import files: demo, test and benchmark data. */
package org.dunwell.demo.api;
