/**
 * What other modules may call in credit. Credit limits, exposure, order credit checks, holds, limit requests and risk scores.
 * Holds little until its issue lands: the module exists so that it compiles and its
 * dependency rules are guarded from the first build.
 */
package org.dunwell.credit.api;
