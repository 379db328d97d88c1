/** The credit services behind the api ports: positions, checks, limit requests, profiles, rules, scores. */
package org.dunwell.credit.application;
