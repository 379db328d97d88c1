package org.dunwell.integrations.api;

/** The company a bureau is asked about: registration number (may be null), name and ISO 3166-1 alpha-2 country. */
public record BureauSubject(String registrationNumber, String name, String country) {
}
