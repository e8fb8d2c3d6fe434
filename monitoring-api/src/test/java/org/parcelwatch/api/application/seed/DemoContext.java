package org.parcelwatch.api.application.seed;

import org.parcelwatch.api.support.EmbeddedDefaultTest;
import org.springframework.context.annotation.Import;

/**
 * One application context for the seed tests that need the demo's end state: the embedded default on a fresh
 * data directory, the business clock starting on 2023-01-01, and the demo ({@code parcelwatch.demo=true}) run at
 * start-up, so the three sample counties stand as on 2025-12-31. Subclasses share it (same configuration); the
 * demo runs once per test JVM.
 */
@EmbeddedDefaultTest(properties = {"parcelwatch.demo=true", "parcelwatch.seed.print-timeline=false"})
@Import(SeedPeriodClock.class)
public abstract class DemoContext {
}
