package org.parcelwatch.archfixture.api.web;

import org.parcelwatch.archfixture.api.store.FixtureStore;

/** Architecture fixture: a controller that reaches past the use cases straight into the store. */
public record FixtureController(FixtureStore store) {
}
