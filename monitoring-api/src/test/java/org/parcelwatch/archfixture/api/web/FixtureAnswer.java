package org.parcelwatch.archfixture.api.web;

/** Architecture fixture: an answer type of the web layer, used from below it by the other fixtures. */
public record FixtureAnswer(String text) {
}
