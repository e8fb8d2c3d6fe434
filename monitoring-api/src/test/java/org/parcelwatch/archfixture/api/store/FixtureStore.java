package org.parcelwatch.archfixture.api.store;

import org.parcelwatch.archfixture.api.web.FixtureAnswer;

/** Architecture fixture: a store that knows a web answer, closing a cycle with {@code FixtureController}. */
public record FixtureStore(FixtureAnswer lastAnswer) {
}
