package org.parcelwatch.api.application.export;

import java.util.function.Consumer;

/** The rows of an export, handed to the writer one at a time as the database gives them (never a list). */
@FunctionalInterface
public interface RowSource<T> {

    void forEach(Consumer<T> sink);
}
