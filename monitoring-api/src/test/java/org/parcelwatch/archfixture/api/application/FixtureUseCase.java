package org.parcelwatch.archfixture.api.application;

import org.parcelwatch.archfixture.api.web.FixtureAnswer;

/** Architecture fixture: a use case that answers in a type of the web layer. */
public record FixtureUseCase(FixtureAnswer answer) {
}
